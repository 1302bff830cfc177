/** Where `sorn preset` writes: the table (stdout) and the progress lines (stderr). */
export interface PresetOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}
