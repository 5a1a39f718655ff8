# Estimates the block files a search export would have at other block lengths, from an export's lists (their full
# lengths), and the main shards' inline characters:  python3 scripts/export_blocks.py SITE 8192,16384,24576
import json, math, os, sys
site = sys.argv[1]
S = os.path.join(site, 'search')
def load(p):
    s = open(p, encoding='utf-8').read()
    i = s.index(',', len('NewsArchiveSearch.load('))
    return json.loads(s[i+1:s.rindex(')')])
xs = {}
for f in os.listdir(os.path.join(S, 'x')):
    xs[f[:-3]] = len(load(os.path.join(S, 'x', f)))
lens = []  # (shard, inline_len_total_list)
shards = sorted(os.listdir(os.path.join(S, 't')))
for f in shards:
    d = load(os.path.join(S, 't', f))
    for term, entry in d.items():
        for fk, p in entry.items():
            if isinstance(p, str): L = len(p)
            else:
                L = sum(xs.get(k[1][1:], 0) for k in p['k'][:-1]) + len(p['k'][-1][2])
            lens.append((f, L, len(term)))
print('lists', len(lens), 'main shards', len(shards), 'blocks now', len(xs))
for B in [int(x) for x in sys.argv[2].split(",")]:
    blocks = sum(max(0, math.ceil(L / B) - 1) for _, L, _ in lens)
    # inline part of each list: whole list if below B, else the last piece
    inline = {}
    for f, L, t in lens:
        last = L if L <= B else L - (math.ceil(L / B) - 1) * B
        inline[f] = inline.get(f, 0) + last + t + 8
    v = sorted(inline.values())
    print(f'B={B}: blocks {blocks}, main shard chars median {v[len(v)//2]} p95 {v[int(len(v)*.95)]}')
