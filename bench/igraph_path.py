#!/usr/bin/python3
"""The reference for bench/reload.sh: python-igraph (Debian's python3-igraph) reads a GraphML
file and answers the same shortest-path question as `ergraph path` (by the nodes' "label"
attribute, edges undirected). Prints the hop count and the path.
    /usr/bin/python3 bench/igraph_path.py GRAPH.graphml FROM TO
"""
import sys

import igraph

g = igraph.Graph.Read_GraphML(sys.argv[1])
names = g.vs["label"] if "label" in g.vs.attributes() else g.vs["id"]
a, b = names.index(sys.argv[2]), names.index(sys.argv[3])
path = g.get_shortest_paths(a, to=b, mode="all")[0]
print(len(path) - 1, "hops:", " -> ".join(names[i] for i in path))
