#!/usr/bin/env bash
# The whole `mvn spec:check` process against a cold single-thread raw flexmark parse of the same files, plus
# peak RSS, the re-run after editing one spec (cache on), and `mvn validate` on the same project as the floor.
#
#   src/test/bench/run-bench.sh SPEC_FOLDER TEMPLATE [ROUNDS]
#
# Needs the plugin installed in the local repository Maven uses (REPO, default ~/.m2/repository), e.g.
#   ./mvnw -o -q install -DskipTests -Dinvoker.skip -Dmaven.repo.local=/tmp/m2-bench
#   REPO=/tmp/m2-bench src/test/bench/run-bench.sh /work/corpora/rust-rfcs /work/corpora/templates/rust-0000-template.md
# and the test classes compiled (./mvnw -o -q test-compile). The folder is copied into a scratch project (never
# modified); SKIP_SERIAL=1 leaves out the one-thread check; times are wall clock from /usr/bin/time, every figure
# is repeated ROUNDS times (default 3) and printed as median (min..max), ratios from the medians of the same run.
# CPU time (user + sys) is printed beside the wall clock: on a machine shared with other work it moves less.
# Extra Maven options: MVN_ARGS (e.g. -Dspec.threads=1).
set -euo pipefail
FOLDER=$(realpath "$1"); TEMPLATE=$(realpath "$2"); ROUNDS=${3:-3}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
REPO=${REPO:-$HOME/.m2/repository}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
WORK=$(mktemp -d /tmp/spec-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install -y time)"; exit 1; }

mkdir -p "$WORK/project/docs"
cp -r "$FOLDER" "$WORK/project/docs/specs"
cp "$TEMPLATE" "$WORK/project/template.md"
cat > "$WORK/project/pom.xml" <<POM
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>spec-bench</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.specgate</groupId>
        <artifactId>spec-maven-plugin</artifactId>
        <version>$VERSION</version>
        <configuration>
          <specSets>
            <specSet>
              <directory>docs/specs</directory>
              <template>template.md</template>
            </specSet>
          </specSets>
          <failOnError>false</failOnError>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
COUNT=$(find "$WORK/project/docs/specs" -name '*.md' | wc -l)
BYTES=$(du -sb "$WORK/project/docs/specs" | cut -f1)
CP="$ROOT/target/test-classes:$ROOT/target/classes:$("$ROOT/mvnw" -o -q -f "$ROOT/pom.xml" \
  dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test -Dmaven.repo.local="$REPO")"
MVN=("$ROOT/mvnw" -o -B -q -f "$WORK/project/pom.xml" -Dmaven.repo.local="$REPO" ${MVN_ARGS:-})

# measure NAME CMD...: runs CMD under /usr/bin/time, appends "seconds rss_kib cpu_seconds" to $WORK/NAME
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.txt" "$@" > "$WORK/out.txt" 2>&1 || { cat "$WORK/out.txt"; exit 1; }
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$WORK/time.txt" > "$WORK/time2.txt" && mv "$WORK/time2.txt" "$WORK/time.txt"
  cat "$WORK/time.txt" >> "$WORK/$name"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
range() { sort -n | awk 'NR==1{min=$1} {max=$1} END {printf "%s..%s", min, max}'; }

FIRST=$(find "$WORK/project/docs/specs" -name '*.md' | sort | sed -n 1p)
for i in $(seq "$ROUNDS"); do
  measure validate "${MVN[@]}" validate
  measure raw java -cp "$CP" dev.specgate.bench.RawParse "$WORK/project/docs/specs"
  measure check "${MVN[@]}" spec:check -Dspec.cache=false
  [ -n "${SKIP_SERIAL:-}" ] || measure check1 "${MVN[@]}" spec:check -Dspec.cache=false -Dspec.threads=1
  "${MVN[@]}" spec:check > /dev/null 2>&1            # fills the cache
  printf '\nEdited by the benchmark, round %s.\n' "$i" >> "$FIRST"
  measure rerun "${MVN[@]}" spec:check
done

report() {   # NAME LABEL
  printf '%-46s %8s s (%s)  CPU %7s s (%s)  peak RSS %5s MiB (%s)\n' "$2" \
    "$(cut -d' ' -f1 "$WORK/$1" | median)" "$(cut -d' ' -f1 "$WORK/$1" | range)" \
    "$(cut -d' ' -f3 "$WORK/$1" | median)" "$(cut -d' ' -f3 "$WORK/$1" | range)" \
    "$(( $(cut -d' ' -f2 "$WORK/$1" | median) / 1024 ))" \
    "$(cut -d' ' -f2 "$WORK/$1" | awk '{printf "%d ", $1/1024}')"
}
med() { cut -d' ' -f1 "$WORK/$1" | median; }
cpu() { cut -d' ' -f3 "$WORK/$1" | median; }
echo "$COUNT specs, $BYTES bytes, $ROUNDS rounds, $(nproc) processors, Maven options: ${MVN_ARGS:-none}"
report validate "mvn validate (floor)"
report raw "raw flexmark parse, cold JVM, one thread"
report check "mvn spec:check, no cache"
[ -n "${SKIP_SERIAL:-}" ] || report check1 "mvn spec:check, no cache, spec.threads=1"
report rerun "mvn spec:check after editing one spec (cache)"
[ -n "${SKIP_SERIAL:-}" ] && echo "0 0 0" > "$WORK/check1"
awk -v c="$(med check)" -v r="$(med raw)" -v c1="$(med check1)" -v e="$(med rerun)" -v v="$(med validate)" \
    -v cc="$(cpu check)" -v rc="$(cpu raw)" -v c1c="$(cpu check1)" -v ec="$(cpu rerun)" -v vc="$(cpu validate)" 'BEGIN {
  printf "ratio                                        wall    CPU\n"
  printf "spec:check / raw parse                     : %5.2f  %5.2f\n", c / r, cc / rc
  printf "spec:check (1 thread) / raw parse          : %5.2f  %5.2f\n", c1 / r, c1c / rc
  printf "re-run after one edit / mvn validate       : %5.2f  %5.2f\n", e / v, ec / vc }'
