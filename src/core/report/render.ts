// One entry point for the report command and the bench: a report model in, a string out.
// The JSON is the model itself, versioned (see docs/report-json.md).
import type { Report } from './model.js';
import { renderReportHtml } from './render-html.js';
import { renderReportMarkdown } from './render-md.js';
import { renderReportText } from './render-text.js';

export const REPORT_FORMATS = ['text', 'md', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Images are for the HTML: the JSON lists the files as data, never their bytes. */
function withoutImages(report: Report): Report {
  return {
    ...report,
    sections: report.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) =>
        block.type === 'evidence'
          ? { ...block, items: block.items.map(({ image: _image, notShown: _notShown, ...item }) => item) }
          : block,
      ),
    })),
  };
}

function renderReportJson(report: Report): string {
  return `${JSON.stringify(withoutImages(report), null, 2)}\n`;
}

export function renderReport(report: Report, format: ReportFormat): string {
  switch (format) {
    case 'text':
      return renderReportText(report);
    case 'md':
      return renderReportMarkdown(report);
    case 'html':
      return renderReportHtml(report);
    case 'json':
      return renderReportJson(report);
  }
}
