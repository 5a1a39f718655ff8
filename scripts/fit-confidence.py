#!/usr/bin/env python3
"""Fits the confidence of the text path (src/NewsArchive/Segmentation/Assignment/ConfidenceModel.cs) on the DEV
families only. Input: the signals table of `segscore --signals FILE` (BENCHMARKS.md). Rows of held-out families are
dropped on reading: they never shape the model.

Page model: logistic regression of "page scores below 0.8" on the page's symptoms; the threshold is the highest one
whose leave-one-family-out recall (each family's pages scored by a model fitted without that family) is >= 0.95.
Item model: logistic regression of "article wrong" (unaligned, title wrong or text under 0.9) on the article's
symptoms; its threshold is reported per leave-one-family-out precision. Paste the printed constants into
ConfidenceModel.cs. Standard library only; deterministic (plain gradient descent from zero).
Usage: scripts/fit-confidence.py SIGNALS.tsv
"""
import csv, math, sys

PAGE = ['margin', 'closeHeadings', 'untitled', 'noAnchor', 'openEnd', 'unrelatedTitles', 'titlesNearer']
ITEM = ['close', 'mid', 'untitled', 'noAnchor', 'openEnd', 'unrelatedTitles', 'titlesNearer', 'innerHeadings', 'scraps']
DOUBT = 0.75

rows = [r for r in csv.DictReader(open(sys.argv[1]), delimiter='\t') if r['heldout'] == '0']
pages = [r for r in rows if r['row'] == 'page']
items = [r for r in rows if r['row'] == 'item']

def page_x(r):
    return [min(float(r['margin']), 4) / 4, min(float(r['closeHeadings']), 5) / 5] + [float(r[f]) for f in PAGE[2:]]

def item_x(r):
    m = float(r['margin'])
    return [1.0 if m < DOUBT else 0.0, 1.0 if DOUBT <= m < 2 else 0.0] + [float(r[f]) for f in ITEM[2:]]

def page_y(r): return 1.0 if float(r['score']) < 0.8 else 0.0
def item_y(r): return 1.0 if r['pair'] == '-' or float(r['title']) < 1 or float(r['body']) < 0.9 else 0.0

def fit(data, X, Y, l2=0.01, iters=4000, lr=0.5):
    n = len(X(data[0])); w = [0.0] * (n + 1)
    for _ in range(iters):
        g = [0.0] * (n + 1)
        for r in data:
            xv = X(r); e = prob(w, xv) - Y(r); g[0] += e
            for i in range(n): g[i + 1] += e * xv[i]
        for i in range(n + 1): w[i] -= lr * (g[i] / len(data) + (l2 * w[i] if i else 0))
    return w

def prob(w, xv): return 1 / (1 + math.exp(-(w[0] + sum(a * b for a, b in zip(w[1:], xv)))))

def lofo(data, X, Y):
    out = {}
    for f in sorted({r['family'] for r in data}):
        w = fit([r for r in data if r['family'] != f], X, Y)
        for k, r in enumerate(data):
            if r['family'] == f: out[k] = prob(w, X(r))
    return out

lp = lofo(pages, page_x, page_y)
bad = sum(map(page_y, pages))
chosen = None
for th in sorted(set(lp.values()), reverse=True):
    flagged = [k for k in lp if lp[k] >= th or float(pages[k]['closeHeadings']) > 0]
    caught = sum(page_y(pages[k]) for k in flagged)
    if caught / bad >= 0.95:
        chosen = (th, caught / bad, caught / len(flagged), len(flagged)); break
print('page threshold %.3f: leave-one-family-out recall %.3f precision %.3f (%d of %d dev pages flagged)' % (*chosen, len(pages)))
w = fit(pages, page_x, page_y)
print('page weights:', ', '.join(f'{n}={v:.3f}' for n, v in zip(['bias'] + PAGE, w)))

li = lofo(items, item_x, item_y)
wrong = sum(map(item_y, items))
for th in (0.7, 0.8, 0.85, 0.9):
    marked = [k for k in li if li[k] >= th]; c = sum(item_y(items[k]) for k in marked)
    print('item threshold %.2f: leave-one-family-out %d marked, precision %.3f, recall %.3f' % (th, len(marked), c / max(1, len(marked)), c / wrong))
w = fit(items, item_x, item_y)
print('item weights:', ', '.join(f'{n}={v:.2f}' for n, v in zip(['bias'] + ITEM, w)))
