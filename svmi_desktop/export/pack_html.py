"""The pack as one accessible HTML file: semantic headings, real tables with header cells,
labelled check boxes, a print style sheet, no script and nothing fetched.

Written here regardless of the HTML report (issue 13); simple and self-contained.
"""

from __future__ import annotations

from html import escape

from .pack_content import Pack, tr

_CSS = """
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
                  clip: rect(0 0 0 0); white-space: nowrap; }
body { font-family: 'DejaVu Sans', Verdana, sans-serif; max-width: 60em; margin: 1em auto;
       padding: 0 1em; line-height: 1.45; color: #111; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.2em; }
th, td { border: 1px solid #777; padding: .3em .4em; vertical-align: top; text-align: left; }
thead th { background: #EDEDED; }
td.evidence { min-width: 14em; height: 3.2em; }
.card { border: 6px solid; border-radius: 18px; text-align: center; padding: 2em;
        margin: 1em 0; page-break-before: always; }
.card .shape { font-size: 12em; line-height: 1; display: block; }
.card .word { font-size: 5em; font-weight: bold; display: block; }
@media print { .card { height: 24cm; } h2.sheet { page-break-before: always; } }
"""


def pack_html(p: Pack) -> str:
    e = escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(p.title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{e(p.title)}</h1><p>{e(p.subtitle)}</p></header><main>",
        f'<section aria-labelledby="pre"><h2 id="pre">{e(tr("Pre-read"))}</h2>',
        f"<h3>{e(tr('The method: three steps'))}</h3><ol>",
    ]
    out += [f"<li><strong>{e(head)}</strong> {e(text)}</li>" for head, text in p.steps]
    out.append(f"</ol><h3>{e(tr('The four levels'))}</h3><dl>")
    out += [f"<dt>{e(name)}</dt><dd>{e(text)}</dd>" for name, text in p.levels]
    out.append(f"</dl><h3>{e(tr('The themes'))}</h3>")
    for t in p.themes:
        out.append(f"<h4>{e(t.code)} {e(t.title)}</h4><p><em>{e(t.question)}</em></p><ul>")
        out += [f"<li><strong>{e(c.id)}</strong> {e(c.text)} {e(c.note)}</li>" for c in t.criteria]
        out.append("</ul>")
    out.append("</section>")
    out.append(
        f'<section aria-labelledby="ws"><h2 id="ws" class="sheet">'
        f"{e(tr('Participant worksheet'))}</h2>"
    )
    out.append(
        f"<p>{e(tr('Tick Yes or No for each statement; leave both empty if you are not sure.'))}</p>"
    )
    now, future, yes, no = tr("Now"), p.horizon, tr("Yes"), tr("No")
    for t in p.themes:
        out.append(f"<h3>{e(t.code)} {e(t.title)}</h3><p><em>{e(t.question)}</em></p>")
        out.append(
            f"<table><caption>{e(t.code)} {e(t.title)}</caption><thead><tr>"
            f'<th scope="col">{e(tr("Id"))}</th><th scope="col">{e(tr("Statement"))}</th>'
            f'<th scope="col">{e(now)}</th><th scope="col">{e(future)}</th>'
            f'<th scope="col">{e(tr("Evidence: what shows it is met"))}</th></tr></thead><tbody>'
        )
        for c in t.criteria:
            cells = [f'<th scope="row">{e(c.id)}</th>', f"<td>{e(c.text)}</td>"]
            if c.asked:
                for col, label in (("now", now), ("future", future)):
                    boxes = "".join(
                        f'<label><input type="checkbox" name="{e(c.id)}-{col}" value="{v}"> '
                        f'{e(word)}<span class="visually-hidden"> ({e(c.id)}, {e(label)})</span>'
                        "</label><br>"
                        for v, word in (("yes", yes), ("no", no))
                    )
                    cells.append(f"<td>{boxes}</td>")
            else:
                cells.append(f'<td colspan="2">{e(c.note)}</td>')
            cells.append('<td class="evidence"></td>')
            out.append(f"<tr>{''.join(cells)}</tr>")
        out.append("</tbody></table>")
    out.append("</section>")
    out.append(f'<section aria-labelledby="cards"><h2 id="cards">{e(tr("Voting cards"))}</h2>')
    for card in p.cards:
        out.append(
            f'<div class="card" style="border-color:{card.ink};background:{card.fill};color:{card.ink}">'
            f'<span class="shape" aria-hidden="true">{e(card.shape)}</span>'
            f'<span class="word">{e(card.word)}</span></div>'
        )
    out.append("</section></main></body></html>")
    return "\n".join(out) + "\n"
