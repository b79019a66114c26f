// Money as exact decimals: strings at the edges, bigint minor units for arithmetic.
// Never a JavaScript float.

const DECIMAL = /^(\d{1,15})(?:\.(\d{1,4}))?$/;

/** Fraction digits of an ISO-4217 currency (USD 2, JPY 0, KWD 3). */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('currency').includes(code);
}

/** "1250.5" → 125050n for 2 digits; undefined if not a non-negative decimal that fits. */
export function toMinor(amount: string, digits: number): bigint | undefined {
  const m = DECIMAL.exec(amount);
  if (!m) return undefined;
  const frac = m[2] ?? '';
  if (frac.replace(/0+$/, '').length > digits) return undefined;
  return BigInt(m[1]! + frac.padEnd(digits, '0').slice(0, digits));
}

/** A stored decimal (Prisma's Decimal, or anything with toFixed) in minor units. */
export function decimalToMinor(d: { toFixed(digits: number): string }, digits: number): bigint {
  return toMinor(d.toFixed(digits), digits)!;
}

/** 125050n, 2 → "1250.50". Negative values keep their sign. */
export function fromMinor(minor: bigint, digits: number): string {
  const neg = minor < 0n;
  const s = (neg ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = s.slice(0, s.length - digits);
  const frac = digits > 0 ? '.' + s.slice(s.length - digits) : '';
  return (neg ? '-' : '') + whole + frac;
}

/** Locale-formatted amount, e.g. "$1,250.00" or "1.250,00 €", from an exact decimal string. */
export function formatMoney(amount: string, currency: string, locale: string): string {
  // Intl.NumberFormat formats decimal strings exactly (no float round-trip).
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount as unknown as number);
}
