// What the contacts actions share: reading the card, and a string option.
import type { ContactCard } from '../../core/contacts.js';
import type { Context } from '../context.js';

export const str = (options: Record<string, unknown>, name: string): string | undefined => {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
};

export async function readCard(ctx: Context): Promise<ContactCard> {
  const { readContactCard } = await import('../../io/contacts-store.js');
  return readContactCard(ctx.paths);
}
