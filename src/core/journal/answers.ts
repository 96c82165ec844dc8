// What a party's answer to a confirmation can be: one list for the playbook format, the
// journal's events and their validator, the answers file and `respond note --answer`.
export const CONFIRMATION_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type ConfirmationAnswer = (typeof CONFIRMATION_ANSWERS)[number];
