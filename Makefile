# ergraph — the two commands of the README:
#   make demo   install missing Debian packages, build (Release), build the graph of samples/ (out/graph.gexf,
#               graph.graphml, graph.dot, triples.jsonl, entities.jsonl), render out/graph.svg, write out/graph.html
#   make test   the same set-up, then the whole test suite through ctest
# Other targets: make build, make install, make bench, make carb, make quality, make deps, make clean,
#   make test-sanitize (the test suite built with ASan + UBSan; .ci/run runs it after make test),
#   make fuzz (each libFuzzer target of fuzz/ for FUZZ_SECONDS, default 90; needs clang).

BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
OUT ?= out
# make install: where (bin/ergraph, share/ergraph/models, share/man/man1/ergraph.1); DESTDIR is honoured.
PREFIX ?= /usr/local

# Debian 12 packages the build, the tests and the demo need (wordnet-base: the test that the
# shipped tagger's lexicon is what scripts/wordnet/build_wordnet_tags.py gives, and retraining).
DEB_PACKAGES := g++ cmake make pkg-config libboost-graph-dev rapidjson-dev libfmt-dev \
                libcli11-dev catch2 libxml2-dev libxml2-utils graphviz python3 python3-networkx python3-igraph iso-codes \
                chromium parallel help2man wordnet-base

SAN_BUILD_DIR ?= build-sanitize
FUZZ_SECONDS ?= 90

.PHONY: all demo test test-sanitize fuzz build install deps node-deps bench carb quality clean

all: build

deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	echo "Missing Debian packages:$$missing"; \
	if [ "$$(id -u)" = 0 ]; then SUDO=""; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"; \
	else echo "Run as root:  apt-get install -y --no-install-recommends$$missing"; exit 1; fi; \
	$$SUDO apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing

# JavaScript clients the tests load our files with (tests/node/package.json, pinned by its
# package-lock.json; fetched from the npm registry once, never at build or run time of ergraph).
# Node.js and npm come from Debian (nodejs, npm) unless the machine already has them.
node-deps: deps
	@if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"; \
	  else echo "Run as root:  apt-get install -y --no-install-recommends nodejs npm"; exit 1; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends nodejs npm; \
	fi
	@if [ ! -d tests/node/node_modules ]; then cd tests/node && npm ci --no-audit --no-fund --loglevel=error; fi
	@# The viewer's browser test (tests/e2e/viewer_test.mjs): playwright-core, driving Debian's chromium.
	@if [ ! -d tests/e2e/node_modules ]; then cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error; fi

# Unity builds of the libraries and the CLI (ERGRAPH_UNITY; a clean build on 2 cores: 300 -> 198 s).
$(BUILD_DIR)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DERGRAPH_UNITY=ON

build: deps $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	$(BUILD_DIR)/cli/ergraph build samples/ -o $(OUT)
	dot -Tsvg $(OUT)/graph.dot -o $(OUT)/graph.svg
	$(BUILD_DIR)/cli/ergraph view $(OUT)/graph.graphml -o $(OUT)/graph.html
	@echo "Wrote $(OUT)/graph.gexf (open in Gephi), $(OUT)/graph.graphml, $(OUT)/graph.svg, $(OUT)/graph.html (open in a browser) and $(OUT)/triples.jsonl."
	@echo "Try: $(BUILD_DIR)/cli/ergraph path $(OUT)/graph.graphml Putin \"United States\""

# Every ctest label runs; the list is printed first. A test whose data or tool outside the
# repository is missing is reported as skipped, or fails when CI=true (.ci/run sets it).
test: build node-deps
	@cd $(BUILD_DIR) && echo "make test: all labels:" $$(ctest --print-labels | sed -n 's/^  //p' | tr '\n' ' ') \
	  "(run a subset with: cd $(BUILD_DIR) && ctest -L LABEL, or -LE slow to leave out the corpus-wide gates)"
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The same suite built with AddressSanitizer and UndefinedBehaviorSanitizer (-Og, no debug info:
# UBSan reports carry their source line anyway, ASan stacks their function names), the libraries
# as unity builds (ERGRAPH_UNITY: a clean build on 2 cores took 5.5 instead of 9 minutes). Any
# report fails its test. Benchmarks are not built.
# - -Og rather than -O1: the instrumented libraries compile 30-50% faster (the extract library's
#   batch 48 -> 25 s, the graph library's 48 -> 34 s), and the suite ran about as fast (184 s
#   against 175 s, one run each on a busy host).
# - Each test executable runs once with all its cases (one ctest test per module, see
#   tests/CMakeLists.txt), not once per case: every case loaded the models again, which made the
#   sanitizer tests take 393 s instead of 141 s on 2 cores.
# - The e2e cases that cap the address space (ulimit -v, which ASan's shadow memory cannot live
#   under) say so and pass without that cap check.
# The configure step runs every time, so a build folder made with other flags is brought up to date.
test-sanitize: deps node-deps
	cmake -S . -B $(SAN_BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-Og" -DERGRAPH_SANITIZE=ON -DERGRAPH_UNITY=ON -DERGRAPH_BUILD_BENCH=OFF
	cmake --build $(SAN_BUILD_DIR) -j $(JOBS)
	cd $(SAN_BUILD_DIR) && ASAN_OPTIONS=detect_leaks=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$(CURDIR)/fuzz/ubsan.supp \
	  ctest --output-on-failure -j $(JOBS)

# libFuzzer over every reader (fuzz/README.md): builds build-fuzz/ with clang, runs each target.
fuzz:
	$(MAKE) deps DEB_PACKAGES="$(DEB_PACKAGES) clang libclang-rt-14-dev"
	scripts/fuzz.sh $(FUZZ_SECONDS)

# The installed tree is relocatable: ergraph reads ../share/ergraph/models beside its bin/ folder,
# so a copy of PREFIX works anywhere. The man page comes from ergraph --help through help2man.
install: build
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

bench: build
	bench/run.sh $(BUILD_DIR)

carb: build
	bench/carb.sh $(BUILD_DIR)

# Extraction precision and recall on the out-of-domain set (tests/quality/), both extractors, and
# factuality by category on tests/quality/factuality.jsonl.
quality: build
	$(BUILD_DIR)/cli/ergraph eval triples --gold tests/quality/ood_extraction.jsonl
	@echo
	$(BUILD_DIR)/cli/ergraph eval triples --gold tests/quality/ood_extraction.jsonl --extractor pattern
	@echo
	$(BUILD_DIR)/cli/ergraph eval triples --gold tests/quality/factuality.jsonl
	@echo
	@echo "Development material (tuned on, not held out: tests/quality/FACTUALITY.md):"
	$(BUILD_DIR)/cli/ergraph eval triples --gold tests/quality/probes/factuality_probes.jsonl
	@echo
	python3 scripts/quality/name_variants.py -o $(BUILD_DIR)/factuality_name_variants.jsonl
	$(BUILD_DIR)/cli/ergraph eval triples --gold $(BUILD_DIR)/factuality_name_variants.jsonl
	@echo
	python3 scripts/quality/name_frames.py --ergraph $(BUILD_DIR)/cli/ergraph -o $(BUILD_DIR)/name_frames
	@echo
	python3 scripts/quality/condition_frames.py --ergraph $(BUILD_DIR)/cli/ergraph -o $(BUILD_DIR)/condition_frames

clean:
	rm -rf $(BUILD_DIR) $(SAN_BUILD_DIR) build-fuzz $(OUT)
