#!/usr/bin/env python3
"""Checks models/gazetteer.tsv against its sources (scripts/gazetteer/build_gazetteer.py).

    check_gazetteer_sources.py countries [GAZETTEER]
        every ISO 3166-1 entry of the installed iso-codes package appears with its canonical name
        (an alias whose canonical name is itself), its ISO names map to it, and no alpha-2/alpha-3
        code is an alias of its own country (ours "US" and "USA" excepted). Needs iso-codes.
    check_gazetteer_sources.py regenerate [GAZETTEER]
        regenerating from the sources reproduces the file byte for byte. Needs iso-codes, the npm
        packages' data files (vendored in scripts/gazetteer/vendor/, or $ERGRAPH_GAZETTEER_NPM) and
        the UD corpora ($ERGRAPH_SHARED/data/ud, default ../shared/data/ud).

A missing prerequisite exits 77 (ctest: skipped), or fails when CI=true, like need() in
tests/e2e/e2e.sh.
"""
import difflib
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "scripts", "gazetteer"))
import build_gazetteer as bg  # noqa: E402

SKIP = 77
OURS_CODES = {"US", "USA"}  # written in scripts/gazetteer/ours.tsv on purpose


def need(gate, paths):
    missing = [p for p in paths if not os.path.exists(p)]
    if not missing:
        return
    msg = f"{gate}: missing {', '.join(missing)}"
    if os.environ.get("CI") == "true":
        print(f"FAIL: {msg} (CI=true and a prerequisite is missing)", file=sys.stderr)
        sys.exit(1)
    print(f"SKIPPED {msg} (set CI=true to make this a failure)")
    sys.exit(SKIP)


def read_gazetteer(path):
    """(first line, {alias: set of canonical}, {alias: set of canonical} of ambiguous lines)."""
    plain, ambiguous = {}, {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines[1:]:
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[2] in ("DEMONYM", "FIRSTNAME"):
            continue
        table = ambiguous if len(cols) == 5 and cols[4] == "ambiguous" else plain
        table.setdefault(cols[0], set()).add(cols[1])
    return lines[0], plain, ambiguous


def check_countries(gazetteer):
    iso1 = os.path.join(bg.DEFAULT_ISO_DIR, "iso_3166-1.json")
    need("gazetteer countries check", [iso1])
    first, plain, ambiguous = read_gazetteer(gazetteer)
    errors = []
    if first != bg.HEADER:
        errors.append(f"first line is {first!r}, not {bg.HEADER!r}")
    canonical_map = {a: c for a, c, *_ in bg.read_tsv(os.path.join(bg.HERE, "canonical_names.tsv"), 2)}
    entries = bg.read_json(iso1)["3166-1"]
    matched = 0
    for e in entries:
        canonical = canonical_map.get(e["alpha_2"]) or e.get("common_name") or e["name"]
        where = f"ISO 3166-1 {e['alpha_2']} ({e['name']})"
        if canonical in plain.get(canonical, set()):
            matched += 1
        elif canonical not in ambiguous.get(canonical, set()):
            errors.append(f"{where}: canonical name {canonical!r} is not in the gazetteer")
        for field in ("name", "common_name"):
            v = e.get(field, "")
            if bg.usable_name(v) and v in plain and canonical not in plain[v]:
                errors.append(f"{where}: alias {v!r} names {sorted(plain[v])}, not {canonical!r}")
        for code in (e["alpha_2"], e["alpha_3"]):
            if code not in OURS_CODES and canonical in plain.get(code, set()):
                errors.append(f"{where}: the code {code!r} is an alias of {canonical!r}")
    # Most countries are matched, not only recorded as ambiguous.
    if matched < len(entries) - 10:
        errors.append(f"only {matched} of {len(entries)} ISO 3166-1 entries are matched aliases")
    for err in errors:
        print("FAIL:", err, file=sys.stderr)
    if errors:
        return 1
    print(f"ok: {len(entries)} ISO 3166-1 entries, {matched} matched by their canonical name")
    return 0


def check_regenerate(gazetteer):
    npm_dir = os.environ.get("ERGRAPH_GAZETTEER_NPM", bg.DEFAULT_NPM_DIR)
    need("gazetteer regeneration check", [
        os.path.join(bg.DEFAULT_ISO_DIR, "iso_3166-1.json"), os.path.join(bg.DEFAULT_ISO_DIR, "iso_3166-2.json"),
        os.path.join(npm_dir, "countries-list", "countries.min.json"),
        os.path.join(npm_dir, "i18n-nationality", "langs", "en.json"),
        os.path.join(bg.DEFAULT_UD_DIR, "en_ewt-ud-train.conllu")])
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "gazetteer.tsv")
        bg.main(["--npm-dir", npm_dir, "-o", out])
        with open(out, "rb") as f:
            fresh = f.read()
    with open(gazetteer, "rb") as f:
        shipped = f.read()
    if fresh == shipped:
        print(f"ok: {gazetteer} is what build_gazetteer.py writes from the installed sources")
        return 0
    diff = difflib.unified_diff(shipped.decode("utf-8", "replace").splitlines(),
                                fresh.decode("utf-8", "replace").splitlines(), "shipped", "regenerated",
                                lineterm="", n=1)
    sys.stderr.write("\n".join(list(diff)[:60]) + "\n")
    print(f"FAIL: {gazetteer} differs from a fresh build_gazetteer.py run; regenerate it: "
          f"{bg.COMMAND}", file=sys.stderr)
    return 1


def main():
    if len(sys.argv) not in (2, 3) or sys.argv[1] not in ("countries", "regenerate"):
        sys.exit(__doc__)
    gazetteer = sys.argv[2] if len(sys.argv) == 3 else os.path.join(ROOT, "models", "gazetteer.tsv")
    return check_countries(gazetteer) if sys.argv[1] == "countries" else check_regenerate(gazetteer)


if __name__ == "__main__":
    sys.exit(main())
