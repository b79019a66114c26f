// The time zones a phone number may be in, judged from its calling code (and, where a country
// spans zones, its area code). Used for quiet hours when a customer's own zone is unknown: a
// message must be acceptable in every zone the number could be in.

type ZoneTable = Record<string, readonly string[]>;

// NANP fallback: an unknown +1 area code (toll-free, new overlays, the Caribbean we do not list)
// could be anywhere from Newfoundland to Hawaii.
const NANP_ALL = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Halifax',
  'America/St_Johns',
];

// Area codes grouped by zone; codes spanning two zones appear under both.
const NANP_AREA_CODES: Record<string, string> = {
  'America/New_York':
    // NY NJ PA MA CT RI NH VT ME DE MD DC VA WV
    '212 315 332 347 516 518 585 607 631 646 680 716 718 838 845 914 917 929 934 ' +
    '201 551 609 640 732 848 856 862 908 973 ' +
    '215 223 267 272 412 445 484 570 610 717 724 814 835 878 ' +
    '339 351 413 508 617 774 781 857 978 203 475 860 959 401 603 802 207 302 ' +
    '240 301 410 443 667 202 276 434 540 571 703 757 804 826 948 304 681 ' +
    // NC SC GA FL OH MI IN KY TN(east)
    '252 336 472 704 743 828 910 919 980 984 803 839 843 854 864 ' +
    '229 404 470 478 678 706 762 770 912 943 ' +
    '239 305 321 352 386 407 448 561 645 656 689 727 754 772 786 813 850 863 904 941 954 ' +
    '216 220 234 283 326 330 380 419 440 436 513 567 614 740 937 ' +
    '231 248 269 313 517 586 616 679 734 810 906 947 989 ' +
    '317 463 574 260 765 812 930 219 502 606 859 270 364 423 865',
  'America/Chicago':
    // IL WI MN IA MO AR LA MS AL OK KS NE TX ND SD TN(west) and split codes
    '217 224 309 312 331 447 464 618 630 708 730 773 779 815 847 872 ' +
    '262 274 353 414 534 608 715 920 218 320 507 612 651 763 952 ' +
    '319 515 563 641 712 314 417 557 573 636 660 816 975 479 501 870 327 ' +
    '225 318 337 504 985 228 601 662 769 205 251 256 334 483 659 938 ' +
    '405 539 572 580 918 316 620 785 913 308 402 531 ' +
    '210 214 254 281 325 346 361 409 430 432 469 512 682 713 726 737 806 817 830 832 903 936 940 945 956 972 979 ' +
    '701 605 615 629 731 901 931 ' +
    '219 812 930 270 364 850 906',
  'America/Denver': '303 719 720 970 983 385 435 801 505 575 307 406 208 986 915 308 605 701 620 785',
  'America/Phoenix': '480 520 602 623 928',
  'America/Los_Angeles':
    '209 213 279 310 323 341 350 369 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669 707 714 738 747 760 805 818 820 831 837 840 858 909 916 925 949 951 ' +
    '206 253 360 425 509 564 458 503 541 971 702 725 775 208 986',
  'America/Anchorage': '907',
  'Pacific/Honolulu': '808',
  'America/Toronto': '416 437 647 905 289 365 742 519 226 548 613 343 753 705 249 683 807 418 438 450 514 579 581 819 873 367 468 263 354',
  'America/Winnipeg': '204 431 584 807',
  'America/Regina': '306 639 474',
  'America/Edmonton': '403 587 780 825 368 867',
  'America/Vancouver': '604 778 236 250 672',
  'America/Halifax': '902 782 506 428',
  'America/St_Johns': '709',
  'America/Whitehorse': '867',
  'America/Iqaluit': '867',
  // The Caribbean and Pacific members of the plan.
  'America/Nassau': '242',
  'America/Barbados': '246',
  'America/Anguilla': '264',
  'America/Antigua': '268',
  'America/Tortola': '284',
  'America/St_Thomas': '340',
  'America/Cayman': '345',
  'Atlantic/Bermuda': '441',
  'America/Grenada': '473',
  'America/Grand_Turk': '649',
  'America/Jamaica': '658 876',
  'America/Montserrat': '664',
  'Pacific/Saipan': '670',
  'Pacific/Guam': '671',
  'Pacific/Pago_Pago': '684',
  'America/Lower_Princes': '721',
  'America/St_Lucia': '758',
  'America/Dominica': '767',
  'America/St_Vincent': '784',
  'America/Puerto_Rico': '787 939',
  'America/Santo_Domingo': '809 829 849',
  'America/Port_of_Spain': '868',
  'America/St_Kitts': '869',
};

const RUSSIA = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
];
const AUSTRALIA = [
  'Australia/Sydney',
  'Australia/Melbourne',
  'Australia/Brisbane',
  'Australia/Adelaide',
  'Australia/Darwin',
  'Australia/Perth',
  'Australia/Hobart',
  'Australia/Broken_Hill',
  'Australia/Eucla',
  'Australia/Lord_Howe',
];
const BRAZIL = [
  'America/Sao_Paulo',
  'America/Bahia',
  'America/Fortaleza',
  'America/Recife',
  'America/Maceio',
  'America/Belem',
  'America/Santarem',
  'America/Araguaina',
  'America/Manaus',
  'America/Cuiaba',
  'America/Campo_Grande',
  'America/Porto_Velho',
  'America/Boa_Vista',
  'America/Rio_Branco',
  'America/Eirunepe',
  'America/Noronha',
];
// Brazil's two-digit area codes (DDD) by state.
const BRAZIL_AREA_CODES: Record<string, string> = {
  'America/Sao_Paulo': '11 12 13 14 15 16 17 18 19 21 22 24 27 28 31 32 33 34 35 37 38 41 42 43 44 45 46 47 48 49 51 53 54 55 61 62 64',
  'America/Araguaina': '63',
  'America/Cuiaba': '65 66',
  'America/Campo_Grande': '67',
  'America/Rio_Branco': '68',
  'America/Porto_Velho': '69',
  'America/Bahia': '71 73 74 75 77',
  'America/Maceio': '79 82',
  'America/Recife': '81 87',
  'America/Noronha': '81',
  'America/Fortaleza': '83 84 85 86 88 89 98 99',
  'America/Belem': '91 93 94 96',
  'America/Santarem': '93',
  'America/Manaus': '92 97',
  'America/Eirunepe': '97',
  'America/Boa_Vista': '95',
};
const MEXICO = [
  'America/Mexico_City',
  'America/Cancun',
  'America/Merida',
  'America/Monterrey',
  'America/Matamoros',
  'America/Chihuahua',
  'America/Ciudad_Juarez',
  'America/Ojinaga',
  'America/Mazatlan',
  'America/Bahia_Banderas',
  'America/Hermosillo',
  'America/Tijuana',
];
const INDONESIA = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];

const COUNTRIES: ZoneTable = {
  // Europe
  '44': ['Europe/London'],
  '353': ['Europe/Dublin'],
  '33': ['Europe/Paris'],
  '49': ['Europe/Berlin'],
  '34': ['Europe/Madrid', 'Atlantic/Canary'],
  '34822': ['Atlantic/Canary'],
  '34828': ['Atlantic/Canary'],
  '34922': ['Atlantic/Canary'],
  '34928': ['Atlantic/Canary'],
  '349': ['Europe/Madrid'], // other landlines: the peninsula
  '348': ['Europe/Madrid'],
  '39': ['Europe/Rome'],
  '31': ['Europe/Amsterdam'],
  '32': ['Europe/Brussels'],
  '41': ['Europe/Zurich'],
  '43': ['Europe/Vienna'],
  '351': ['Europe/Lisbon', 'Atlantic/Azores'],
  '351292': ['Atlantic/Azores'],
  '351295': ['Atlantic/Azores'],
  '351296': ['Atlantic/Azores'],
  '3512': ['Europe/Lisbon'], // other landlines: the mainland and Madeira
  '352': ['Europe/Luxembourg'],
  '354': ['Atlantic/Reykjavik'],
  '356': ['Europe/Malta'],
  '357': ['Asia/Nicosia'],
  '358': ['Europe/Helsinki'],
  '359': ['Europe/Sofia'],
  '36': ['Europe/Budapest'],
  '370': ['Europe/Vilnius'],
  '371': ['Europe/Riga'],
  '372': ['Europe/Tallinn'],
  '380': ['Europe/Kiev'],
  '381': ['Europe/Belgrade'],
  '385': ['Europe/Zagreb'],
  '386': ['Europe/Ljubljana'],
  '30': ['Europe/Athens'],
  '40': ['Europe/Bucharest'],
  '420': ['Europe/Prague'],
  '421': ['Europe/Bratislava'],
  '45': ['Europe/Copenhagen'],
  '46': ['Europe/Stockholm'],
  '47': ['Europe/Oslo'],
  '48': ['Europe/Warsaw'],
  '7': RUSSIA,
  '76': ['Asia/Almaty', 'Asia/Aqtobe'], // Kazakhstan shares +7
  '77': ['Asia/Almaty', 'Asia/Aqtobe'],
  '90': ['Europe/Istanbul'],
  // Middle East, Asia
  '20': ['Africa/Cairo'],
  '961': ['Asia/Beirut'],
  '962': ['Asia/Amman'],
  '965': ['Asia/Kuwait'],
  '966': ['Asia/Riyadh'],
  '968': ['Asia/Muscat'],
  '971': ['Asia/Dubai'],
  '972': ['Asia/Jerusalem'],
  '973': ['Asia/Bahrain'],
  '974': ['Asia/Qatar'],
  '977': ['Asia/Kathmandu'],
  '98': ['Asia/Tehran'],
  '92': ['Asia/Karachi'],
  '91': ['Asia/Kolkata'],
  '94': ['Asia/Colombo'],
  '880': ['Asia/Dhaka'],
  '60': ['Asia/Kuala_Lumpur', 'Asia/Kuching'],
  '62': INDONESIA,
  '6221': ['Asia/Jakarta'],
  '63': ['Asia/Manila'],
  '65': ['Asia/Singapore'],
  '66': ['Asia/Bangkok'],
  '84': ['Asia/Ho_Chi_Minh'],
  '81': ['Asia/Tokyo'],
  '82': ['Asia/Seoul'],
  '86': ['Asia/Shanghai'],
  '852': ['Asia/Hong_Kong'],
  '853': ['Asia/Macau'],
  '886': ['Asia/Taipei'],
  // Oceania, including both sides of the date line
  '61': AUSTRALIA,
  '612': ['Australia/Sydney', 'Australia/Broken_Hill', 'Australia/Lord_Howe'],
  '613': ['Australia/Melbourne', 'Australia/Hobart'],
  '617': ['Australia/Brisbane'],
  '618': ['Australia/Adelaide', 'Australia/Perth', 'Australia/Darwin', 'Australia/Eucla'],
  '64': ['Pacific/Auckland', 'Pacific/Chatham'],
  '643305': ['Pacific/Chatham'],
  '679': ['Pacific/Fiji'],
  '676': ['Pacific/Tongatapu'],
  '685': ['Pacific/Apia'],
  '686': ['Pacific/Tarawa', 'Pacific/Kanton', 'Pacific/Kiritimati'],
  '689': ['Pacific/Tahiti', 'Pacific/Marquesas', 'Pacific/Gambier'],
  '690': ['Pacific/Fakaofo'],
  // Africa
  '27': ['Africa/Johannesburg'],
  '212': ['Africa/Casablanca'],
  '213': ['Africa/Algiers'],
  '216': ['Africa/Tunis'],
  '233': ['Africa/Accra'],
  '234': ['Africa/Lagos'],
  '251': ['Africa/Addis_Ababa'],
  '254': ['Africa/Nairobi'],
  '255': ['Africa/Dar_es_Salaam'],
  '256': ['Africa/Kampala'],
  '262': ['Indian/Reunion'],
  // Latin America
  '52': MEXICO,
  '5255': ['America/Mexico_City'],
  '5233': ['America/Mexico_City'],
  '5281': ['America/Monterrey'],
  '52664': ['America/Tijuana'],
  '52998': ['America/Cancun'],
  '55': BRAZIL,
  '54': ['America/Argentina/Buenos_Aires'],
  '56': ['America/Santiago', 'America/Punta_Arenas', 'Pacific/Easter'],
  '57': ['America/Bogota'],
  '51': ['America/Lima'],
  '58': ['America/Caracas'],
  '53': ['America/Havana'],
  '591': ['America/La_Paz'],
  '593': ['America/Guayaquil', 'Pacific/Galapagos'],
  '595': ['America/Asuncion'],
  '598': ['America/Montevideo'],
  '502': ['America/Guatemala'],
  '503': ['America/El_Salvador'],
  '504': ['America/Tegucigalpa'],
  '505': ['America/Managua'],
  '506': ['America/Costa_Rica'],
  '507': ['America/Panama'],
  '590': ['America/Guadeloupe'],
  '594': ['America/Cayenne'],
  '596': ['America/Martinique'],
};

function buildTable(): ZoneTable {
  const table: Record<string, string[]> = {};
  const add = (prefix: string, zone: string) => {
    const zones = (table[prefix] ??= []);
    if (!zones.includes(zone)) zones.push(zone);
  };
  for (const [prefix, zones] of Object.entries(COUNTRIES)) for (const zone of zones) add(prefix, zone);
  table['1'] = [...NANP_ALL];
  for (const [zone, codes] of Object.entries(NANP_AREA_CODES)) for (const code of codes.split(/\s+/)) add(`1${code}`, zone);
  for (const [zone, codes] of Object.entries(BRAZIL_AREA_CODES)) for (const code of codes.split(/\s+/)) add(`55${code}`, zone);
  return table;
}

/** Calling-code (and area-code) prefix → zones. Exported for tests that check every zone. */
export const PHONE_ZONE_TABLE: Readonly<ZoneTable> = buildTable();

const LONGEST_PREFIX = Math.max(...Object.keys(PHONE_ZONE_TABLE).map((k) => k.length));

/**
 * The IANA zones a phone number may be in, by the longest known prefix of its E.164 digits
 * ("+1 212 555 0100", "whatsapp:+33…" and "0044…" are accepted). [] when the number is not
 * international or its calling code is unknown.
 */
export function zonesForPhone(e164: string): string[] {
  const trimmed = e164.trim().replace(/^whatsapp:/i, '');
  let digits: string;
  if (trimmed.startsWith('+')) digits = trimmed.slice(1);
  else if (trimmed.startsWith('00')) digits = trimmed.slice(2);
  else return [];
  // Formatting characters only; anything else means this is not a phone number.
  if (!/^[\d\s().\-]+$/.test(digits)) return [];
  digits = digits.replace(/\D/g, '');
  for (let len = Math.min(LONGEST_PREFIX, digits.length); len > 0; len--) {
    const zones = Object.hasOwn(PHONE_ZONE_TABLE, digits.slice(0, len)) ? PHONE_ZONE_TABLE[digits.slice(0, len)] : undefined;
    if (zones && zones.length) return [...zones];
  }
  return [];
}
