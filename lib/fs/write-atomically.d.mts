/** Types of write-atomically.mjs (plain JavaScript, which the project's `allowJs: false` leaves untyped). */
export declare function writeAtomically(
  file: string,
  bytes: string | NodeJS.ArrayBufferView,
  options: { flush: boolean },
): void;
