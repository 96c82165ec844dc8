// Text from a playbook or a person may come from anywhere. Before it reaches a terminal,
// strip what a terminal would act on: escape sequences (clear screen, retitle window,
// hyperlinks), other control characters, and bidirectional overrides that reorder text.

// CSI, OSC (ended by BEL or ST), DCS/SOS/PM/APC strings, and two-character escapes.
const ESCAPES =
  // eslint-disable-next-line no-control-regex
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_]?)|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g;
// C0 controls but tab and newline, DEL, C1 controls; bidi embedding/override/isolate marks
// and the invisible marks (LRM, RLM, ALM) that reorder text; zero-width characters and
// U+FEFF, which hide text or make two different strings look the same.
const CONTROLS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function stripControl(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ESCAPES, '').replace(CONTROLS, '');
}
