#!/usr/bin/env python3
"""The layering checker (scripts/check_layers.py) on small made-up trees: a clean tree passes,
and each kind of forbidden edge is reported with the file that has it."""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import check_layers  # noqa: E402

LIBS = {
    "core": "ergraph_library(core fmt::fmt)",
    "nlp": "ergraph_library(nlp ergraph::core)",
    "train": "ergraph_library(train ergraph::nlp ergraph::core)",
    "entities": "ergraph_library(entities ergraph::nlp ergraph::core)",
    "extract": "ergraph_library(extract ergraph::entities ergraph::nlp ergraph::core)",
    "graph": "ergraph_library(graph ergraph::core Boost::boost)",
    "export": "ergraph_library(export ergraph::graph ergraph::core)",
}


class Tree:
    def __init__(self):
        self.dir = tempfile.TemporaryDirectory()
        self.root = self.dir.name
        for lib, line in LIBS.items():
            self.write(f"{lib}/CMakeLists.txt", line + "\n")
        self.write("core/text.h", "#pragma once\n")
        self.write("nlp/document.h", '#include "core/text.h"\n')
        self.write("nlp/detail/features.h", '#include "nlp/document.h"\n')
        self.write("train/trainer.cpp", '#include "nlp/detail/features.h"\n')
        self.write("entities/mentions.h", '#include "nlp/document.h"\n')
        self.write("extract/triples.cpp", '#include "entities/mentions.h"\n#include "nlp/document.h"\n')
        self.write("graph/graph.h", '#include "core/text.h"\n')
        self.write("export/dot.cpp", '#include "graph/graph.h"\n')
        self.write("cli/main.cpp", '#include "extract/triples.cpp"\n#include "export/dot.cpp"\n')
        self.write("tests/support/make_doc.h", '#include "nlp/document.h"\n')
        self.write("tests/nlp/features_test.cpp", '#include "nlp/detail/features.h"\n#include "support/make_doc.h"\n')

    def write(self, rel, text):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def check(self):
        return check_layers.check(self.root)


class CheckLayersTest(unittest.TestCase):
    def test_clean_tree_passes(self):
        self.assertEqual(Tree().check(), [])

    def test_graph_including_extract_is_reported(self):
        t = Tree()
        t.write("graph/bad.cpp", '#include "extract/triples.cpp"\n')
        v = t.check()
        self.assertEqual(len(v), 2, v)
        self.assertIn("graph/bad.cpp: graph/ may not include extract/", v[0])
        self.assertIn("graph/CMakeLists.txt: graph/ includes extract/ but does not link ergraph::extract", v[1])

    def test_nlp_including_train_is_reported(self):
        t = Tree()
        t.write("nlp/lemmatizer.cpp", '#include "train/trainer.cpp"\n')
        self.assertTrue(any(x.startswith("nlp/lemmatizer.cpp: nlp/ may not include train/") for x in t.check()))

    def test_private_header_of_another_module_is_reported(self):
        t = Tree()
        t.write("extract/rules.cpp", '#include "nlp/detail/features.h"\n')
        self.assertEqual(t.check(), ['extract/rules.cpp: "nlp/detail/features.h" is private to nlp/'])

    def test_tests_follow_their_module(self):
        t = Tree()
        t.write("tests/graph/graph_test.cpp", '#include "nlp/document.h"\n')
        self.assertEqual(len(t.check()), 1)
        self.assertIn("tests/graph/graph_test.cpp: graph/ may not include nlp/", t.check()[0])

    def test_link_line_outside_the_table_is_reported(self):
        t = Tree()
        t.write("entities/CMakeLists.txt", "ergraph_library(entities ergraph::extract ergraph::nlp ergraph::core)\n")
        self.assertEqual(t.check(), ["entities/CMakeLists.txt: links ergraph::extract, which entities/ may not use"])

    def test_missing_header_is_reported(self):
        t = Tree()
        t.write("core/x.cpp", '#include "core/nothing.h"\n')
        self.assertEqual(t.check(), ['core/x.cpp: includes "core/nothing.h", which does not exist'])


if __name__ == "__main__":
    unittest.main(verbosity=2)
