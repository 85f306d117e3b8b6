"""Reads exports with networkx, as an analyst's notebook would, and prints what it found as JSON.

usage: python3 read_exports.py <graph.graphml> <graph.node-link.json> <graph.gexf>
Run by networkx.int.test.ts, which compares the figures with the graph's own counts.
"""
import json
import sys

import networkx as nx


def summary(graph):
    basis = {}
    for _, _, data in graph.edges(data=True):
        basis[data.get("basis")] = basis.get(data.get("basis"), 0) + 1
    kinds = {}
    for _, data in graph.nodes(data=True):
        kinds[data.get("kind")] = kinds.get(data.get("kind"), 0) + 1
    return {
        "type": type(graph).__name__,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "basis": basis,
        "kinds": kinds,
        "page_types": sorted({type(d.get("page")).__name__ for _, _, d in graph.edges(data=True)}),
    }


def node_link(path):
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    try:
        return nx.node_link_graph(data, edges="edges")
    except TypeError:  # networkx before 3.4 calls the argument `link`
        return nx.node_link_graph(data, link="edges")


graphml_path, node_link_path, gexf_path = sys.argv[1:4]
graphml = nx.read_graphml(graphml_path)
print(
    json.dumps(
        {
            "networkx": nx.__version__,
            "graphml": summary(graphml),
            "node_link": summary(node_link(node_link_path)),
            "gexf": summary(nx.read_gexf(gexf_path)),
            "grindsted_degree": graphml.degree("town:grindsted") if "town:grindsted" in graphml else None,
        }
    )
)
