"""Reads a GraphML or GEXF file with networkx (Debian's python3-networkx) and prints what it saw as JSON.

Used by the export tests as an independent parser: if networkx reads our files with the same counts and
attributes, Gephi-style tools will too.
"""
import json
import sys

import networkx as nx

path, kind = sys.argv[1], sys.argv[2]
graph = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
print(json.dumps({
    "directed": graph.is_directed(),
    "nodes": {str(n): dict(d) for n, d in graph.nodes(data=True)},
    "edges": [{"source": str(u), "target": str(v), **{k: val for k, val in d.items()}} for u, v, d in graph.edges(data=True)],
}, ensure_ascii=False))
