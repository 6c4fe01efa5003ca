# A thin wrapper over CMake: make, make check, make bench, make fuzz.
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: all check bench fuzz asan clean setup regen demo

all: $(BUILD)/Makefile
	@$(MAKE) --no-print-directory -C $(BUILD) -j$(JOBS)

$(BUILD)/Makefile: CMakeLists.txt
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

check: all
	@cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# the main job on the bundled example corpus: every input form in examples/
demo: all
	@$(BUILD)/attache extract examples/ -o $(BUILD)/examples.jsonl; \
	 echo "attache: $$(wc -l < $(BUILD)/examples.jsonl) documents extracted to $(BUILD)/examples.jsonl"; \
	 head -c 600 $(BUILD)/examples.jsonl; echo ...

asan:
	@cmake -S . -B build-asan -DATT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
	@$(MAKE) --no-print-directory -C build-asan -j$(JOBS)

fuzz:
	@sh fuzz/run.sh

bench: all
	@sh bench/run.sh

setup:
	@sh scripts/setup.sh

# regenerate data/*.gen.tsv from the reference data (see data/README.md)
regen:
	python3 tools/gen_countries.py
	python3 tools/gen_cities.py
	python3 tools/gen_people_phrases.py

clean:
	rm -rf $(BUILD) build-asan build-fuzz
