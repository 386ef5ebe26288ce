#!/usr/bin/env python3
"""Checks that the code follows the project's dependency table (docs/ARCHITECTURE.md).

    scripts/check_layers.py [ROOT]          # exit 0 if clean, 1 with one line per violation

Reads every #include "..." of the C++ sources under the module folders, bench/ and tests/, and
the link lines of the libraries' CMakeLists.txt, and reports:
  - an include of a module the including module may not use (e.g. graph/ including extract/);
  - an include of another module's private header (X/detail/...), except train/ reading
    nlp/detail/ (training shares the feature templates and the transition system with the
    runtime so the two cannot drift);
  - an include that names no existing file;
  - a library linking a module the table does not allow, or not linking one it includes.
"""
import os
import re
import sys

# Module -> the modules whose public headers it may include (itself always allowed).
ALLOWED = {
    "core": set(),
    "nlp": {"core"},
    "train": {"core", "nlp", "entities"},
    "entities": {"core", "nlp"},
    "extract": {"core", "nlp", "entities"},
    "graph": {"core"},
    "export": {"core", "graph"},
    "cli": {"core", "nlp", "train", "entities", "extract", "graph", "export"},
    "bench": {"core", "nlp", "train", "entities", "extract", "graph", "export"},
    "fuzz": {"core", "nlp", "entities", "extract", "graph", "export"},
}
LIBRARIES = ["core", "nlp", "train", "entities", "extract", "graph", "export"]
# Private headers another module may read: (reader, owner).
# train/ shares the feature templates of the models it trains (nlp/ and entities/); the entity
# recognizer writes its model in nlp's binary model encoding (nlp/detail/binary_io.h).
DETAIL_EXCEPTIONS = {("train", "nlp"), ("train", "entities"), ("entities", "nlp")}
# Test support headers may build documents of the nlp module.
SUPPORT_ALLOWED = {"core", "nlp"}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SOURCE_EXT = (".h", ".hpp", ".cpp", ".cc")


def module_of(rel):
    """The module a source file belongs to: its top folder, or tests/<module> -> ('test', module)."""
    parts = rel.split("/")
    if parts[0] == "tests":
        if len(parts) > 2 and parts[1] in ALLOWED:
            return ("test", parts[1])
        if len(parts) > 2 and parts[1] == "support":
            return ("support", None)
        return ("test-other", parts[1] if len(parts) > 1 else None)
    return ("code", parts[0]) if parts[0] in ALLOWED else (None, None)


def check_include(rel, target, root):
    """Violations for file `rel` including "target"; [] if allowed."""
    kind, mod = module_of(rel)
    here = os.path.dirname(rel)
    tparts = target.split("/")
    tmod = tparts[0]
    if tmod not in ALLOWED:
        # Relative to the including file (tests' local fixtures) or to tests/ (support/...).
        for base in (here, "tests"):
            if os.path.exists(os.path.join(root, base, target)):
                if base == "tests" and tparts[0] == "support" and kind not in ("test", "support"):
                    return [f"{rel}: includes test support \"{target}\""]
                return []
        return [f"{rel}: includes \"{target}\", which does not exist"]
    if not os.path.exists(os.path.join(root, target)):
        return [f"{rel}: includes \"{target}\", which does not exist"]
    is_detail = len(tparts) > 2 and tparts[1] == "detail"
    if kind in ("code", "test"):
        user = mod  # a module's tests may use what the module may use, and its private headers
    elif kind == "support":
        if tmod not in SUPPORT_ALLOWED:
            return [f"{rel}: test support may only include {sorted(SUPPORT_ALLOWED)}, not \"{target}\""]
        return []
    else:
        return []
    out = []
    if tmod != user and tmod not in ALLOWED[user]:
        out.append(f"{rel}: {user}/ may not include {tmod}/ (\"{target}\"); {user}/ may use {sorted(ALLOWED[user]) or 'nothing'}")
    elif is_detail and tmod != user and (user, tmod) not in DETAIL_EXCEPTIONS:
        out.append(f"{rel}: \"{target}\" is private to {tmod}/")
    return out


def cmake_links(text):
    """ergraph::X names on the library's link line (ergraph_library(...) or target_link_libraries)."""
    m = re.search(r"ergraph_library\(\s*(\w+)([^)]*)\)", text)
    if not m:
        return None
    return set(re.findall(r"ergraph::(\w+)", m.group(2)))


def check(root):
    violations = []
    included = {lib: set() for lib in LIBRARIES}
    for top in sorted(os.listdir(root)):
        if top.startswith(".") or not os.path.isdir(os.path.join(root, top)):
            continue
        if top not in ALLOWED and top != "tests":
            continue
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for name in sorted(filenames):
                if not name.endswith(SOURCE_EXT):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root).replace(os.sep, "/")
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                kind, mod = module_of(rel)
                for target in INCLUDE.findall(text):
                    violations += check_include(rel, target, root)
                    if kind == "code" and mod in included and target.split("/")[0] in ALLOWED:
                        included[mod].add(target.split("/")[0])
    for lib in LIBRARIES:
        cm = os.path.join(root, lib, "CMakeLists.txt")
        if not os.path.exists(cm):
            violations.append(f"{lib}/CMakeLists.txt: missing")
            continue
        with open(cm, encoding="utf-8") as f:
            links = cmake_links(f.read())
        if links is None:
            violations.append(f"{lib}/CMakeLists.txt: no ergraph_library({lib} ...) line")
            continue
        for dep in sorted(links - ALLOWED[lib]):
            violations.append(f"{lib}/CMakeLists.txt: links ergraph::{dep}, which {lib}/ may not use")
        for dep in sorted((included[lib] - {lib}) - links):
            violations.append(f"{lib}/CMakeLists.txt: {lib}/ includes {dep}/ but does not link ergraph::{dep}")
    return violations


def main(argv):
    root = os.path.abspath(argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
    violations = check(root)
    for v in violations:
        print(v)
    if violations:
        print(f"{len(violations)} layering violation(s); the table is in scripts/check_layers.py and docs/ARCHITECTURE.md")
        return 1
    print("layering: every #include and link line follows the dependency table")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
