/**
 * The analyst's guide (docs/guide/<lang>.md) as a self-contained HTML page, served beside the task
 * pane as guide/<lang>.html (`guideCopyPatterns`, in the add-in's and the preview's builds; the pane and the
 * manifest's SupportUrl link there). The guide is written in a small subset of Markdown — headings,
 * paragraphs, tables, lists, images on their own line, fenced code, **bold**, `code` and links —
 * and this renders exactly that subset; there is no Markdown library among the dependencies.
 *
 * Links: `kk.md` / `ru.md` become the sibling page; a link to another docs/ file (not served with
 * the add-in) keeps its text only. Images keep their relative path: `../screenshots/x.png` is served
 * as screenshots/x.png, `img/x.png` as guide/img/x.png.
 */
const GUIDE_LANGS = ["kk", "ru"];

const escapeHtml = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** `href` as served with the add-in, or null when the target is not served (text only). */
function servedHref(href) {
  if (/^https?:\/\//.test(href)) return href;
  const [file, anchor] = href.split("#");
  if (GUIDE_LANGS.some((lang) => file === `${lang}.md`)) return file.replace(/\.md$/, ".html");
  if (!file && anchor) return href;
  return null;
}

/** Inline Markdown of one escaped-on-output line: code spans first, then links, bold. */
function inline(text) {
  return text
    .split("`")
    .map((part, i) => {
      if (i % 2 === 1) return `<code>${escapeHtml(part)}</code>`;
      let html = escapeHtml(part);
      html = html.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label, href) => {
        const target = servedHref(href);
        return target ? `<a href="${target}">${label}</a>` : label;
      });
      return html.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
    })
    .join("");
}

const tableCells = (line) =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());

/** The HTML body of `markdown` (the subset above). */
function guideBody(markdown) {
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
    } else if (line.startsWith("```")) {
      const code = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) code.push(lines[i]);
      i++;
      out.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
    } else if (/^#{1,4} /.test(line)) {
      const level = line.indexOf(" ");
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
      i++;
    } else if (line.startsWith("|")) {
      const rows = [];
      for (; i < lines.length && lines[i].startsWith("|"); i++) rows.push(tableCells(lines[i]));
      const [head, , ...body] = rows;
      const cells = (row, tag) => row.map((c) => `<${tag}>${inline(c)}</${tag}>`).join("");
      out.push(
        `<table><thead><tr>${cells(head, "th")}</tr></thead><tbody>${body
          .map((row) => `<tr>${cells(row, "td")}</tr>`)
          .join("")}</tbody></table>`,
      );
    } else if (/^!\[[^\]]*\]\([^)\s]+\)$/.test(line.trim())) {
      const trimmed = line.trim();
      const altEnd = trimmed.indexOf("](");
      const alt = trimmed.slice(2, altEnd);
      const src = trimmed.slice(altEnd + 2, -1);
      out.push(`<p><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"></p>`);
      i++;
    } else if (line.startsWith("- ")) {
      const items = [];
      for (; i < lines.length && (lines[i].startsWith("- ") || lines[i].startsWith("  ")); i++) {
        if (lines[i].startsWith("- ")) items.push(lines[i].slice(2));
        else items[items.length - 1] += ` ${lines[i].trim()}`;
      }
      out.push(`<ul>${items.map((item) => `<li>${inline(item)}</li>`).join("")}</ul>`);
    } else {
      const para = [];
      for (; i < lines.length && lines[i].trim() && !/^(#|\||```|- |!\[)/.test(lines[i]); i++)
        para.push(lines[i].trim());
      out.push(`<p>${inline(para.join(" "))}</p>`);
    }
  }
  return out.join("\n");
}

/** The guide page of `lang` from its Markdown: self-contained HTML (no script, no other host). */
function guideHtml(markdown, lang) {
  const heading = markdown.match(/^# (.+)$/m);
  const title = heading ? heading[1] : "opeval";
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:"Segoe UI",sans-serif;margin:16px auto;max-width:52em;padding:0 12px;line-height:1.45}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
img{max-width:100%;border:1px solid #ddd}pre{background:#f4f4f4;padding:8px;overflow-x:auto}code{font-size:95%}</style></head>
<body>
${guideBody(markdown)}
</body>
</html>
`;
}

/** copy-webpack-plugin patterns that serve the guide and its pictures (add-in and preview builds). */
function guideCopyPatterns() {
  const path = require("node:path");
  return [
    {
      from: "docs/guide/*.md",
      to: "guide/[name].html",
      transform: (content, from) => guideHtml(content.toString(), path.basename(from, ".md")),
    },
    { from: "docs/guide/img/*.png", to: "guide/img/[name][ext]", noErrorOnMissing: true },
    { from: "docs/screenshots/*.png", to: "screenshots/[name][ext]" },
  ];
}

module.exports = { GUIDE_LANGS, guideBody, guideHtml, guideCopyPatterns };
