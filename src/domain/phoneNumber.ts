// Phone numbers as Remit keeps them: E.164 ("+14155550123"), and only numbers a country's
// numbering plan assigns (+1 000 000 0000 has the right length but no area code, so no
// message could ever reach it). Pure: libphonenumber-js and its bundled data, no I/O.
// Its "max" data, not "min": it also checks the digits by number type (min passes +32 2 123 45 67,
// which Belgium does not assign), for 74 kB more data and ~3 ms more CPU at first load.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** True when `text` is a phone number in canonical E.164 form that some country assigns. */
export function isAssignedE164(text: string): boolean {
  const parsed = parsePhoneNumberFromString(text);
  // `number` is the canonical E.164 form: anything else (spaces, an extension) is not E.164.
  return parsed !== undefined && parsed.number === text && parsed.isValid();
}
