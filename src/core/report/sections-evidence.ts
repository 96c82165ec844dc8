// The files kept with the case (`respond attach`, or offered by a step): each with its
// name, kind, size, when it was attached, the note, a mail's own date, sender and subject,
// and its SHA-256 in small print; the HTML shows the images that were small enough to embed.
import { formatSize, mediaTypeLabel } from '../evidence/media-type.js';
import type { Block, EvidenceItem, ReportContext } from './model.js';
import { shortTime } from './timeline.js';

export function evidenceFiles(ctx: ReportContext, large: boolean): Block[] {
  const { t } = ctx;
  const evidence = ctx.state.evidence;
  if (evidence.length === 0) return [];
  const items = evidence.map((e): EvidenceItem => {
    const image = ctx.images?.get(e.file);
    const isImage = e.mediaType.startsWith('image/');
    return {
      name: e.name,
      file: e.file,
      mediaType: e.mediaType,
      size: e.size,
      attached: e.ts,
      details: t.files.details(
        mediaTypeLabel(e.mediaType, ctx.lang),
        formatSize(e.size, ctx.lang),
        shortTime(e.ts),
      ),
      sha256: e.sha256,
      ...(e.note !== undefined ? { note: e.note } : {}),
      ...(e.mail !== undefined
        ? {
            mail: t.files.mail(
              e.mail.from,
              e.mail.date === undefined ? undefined : shortTime(e.mail.date),
              e.mail.subject,
            ),
          }
        : {}),
      ...(image !== undefined ? { image } : {}),
      // Only where images were read for embedding (HTML): elsewhere nothing is "not shown".
      ...(ctx.images !== undefined && isImage && image === undefined
        ? { notShown: t.files.notShown(e.file) }
        : {}),
    };
  });
  return [
    { type: 'paragraph', text: t.files.lead, tone: 'lead' },
    { type: 'evidence', items, large },
  ];
}
