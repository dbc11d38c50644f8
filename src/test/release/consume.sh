#!/usr/bin/env bash
# Release check: can a project that has never seen this plugin use a staged release with nothing but the README?
#
# 1. Stages the plugin as a release would publish it, into a file:// repository (deploy with
#    -DaltDeploymentRepository; nothing is installed into the local repository).
# 2. Writes a fresh consumer project whose POM is the README's Quick start snippet plus one <pluginRepository>
#    pointing at the staging repository, with a template and two specs (one complete, one missing a section).
# 3. Builds it with an EMPTY local repository and empty settings, so the plugin comes from the staging repository
#    and every other artifact from Maven Central, and checks the exact finding lines.
#
# Usage: src/test/release/consume.sh [WORK_DIR]   (default: a new temporary directory; needs network to Central)
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
staging=$work/staging
consumer=$work/consumer
empty_repo=$work/empty-local-repo
rm -rf "$staging" "$consumer" "$empty_repo"
mkdir -p "$staging" "$consumer/docs/specs" "$empty_repo"
printf '<settings/>\n' >"$work/settings.xml"

version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)
echo "== staging spec-maven-plugin $version into $staging"
(cd "$root" && ./mvnw -B -ntp -q deploy -DskipTests -Dinvoker.skip -Dmaven.install.skip=true \
    -DaltDeploymentRepository="staging::file://$staging")
jar=$staging/dev/specgate/spec-maven-plugin/$version/spec-maven-plugin-$version.jar
test -f "$jar" || { echo "FAIL: $jar was not staged" >&2; exit 1; }

# The README's first <plugin> block (the Quick start snippet), as a user would paste it.
snippet=$(awk '/^```xml$/{inblock=1; next} /^```$/{if (inblock) exit} inblock' "$root/README.md")
grep -q "<version>$version</version>" <<<"$snippet" || { echo "FAIL: the README snippet does not name $version" >&2; exit 1; }

cat >"$consumer/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example.consumer</groupId>
  <artifactId>consumer</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <pluginRepositories>
    <pluginRepository>
      <id>staging</id>
      <url>file://$staging</url>
    </pluginRepository>
  </pluginRepositories>
  <build>
    <plugins>
$snippet
    </plugins>
  </build>
</project>
POM
cat >"$consumer/docs/specs/TEMPLATE.md" <<'MD'
# [Feature]

**Owner**: [Name]

## Problem

[What hurts today.]

## Plan

[What we build.]
MD
cat >"$consumer/docs/specs/search.md" <<'MD'
# Search suggestions

**Owner**: Aiko Tanaka

## Problem

Users retype long product names.

## Plan

Suggest names after three letters, from the last 30 days of searches.
MD
cat >"$consumer/docs/specs/exports.md" <<'MD'
# CSV exports

**Owner**: Bram de Vries

## Problem

Finance copies tables by hand every month.
MD

echo "== building the consumer with an empty local repository ($empty_repo)"
log=$work/consumer.log
set +e
"$root/mvnw" -B -ntp -s "$work/settings.xml" -Dmaven.repo.local="$empty_repo" -f "$consumer/pom.xml" verify \
    2>&1 | sed 's/\x1b\[[0-9;]*m//g' >"$log"
status=${PIPESTATUS[0]}
set -e
expected=(
    '[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md'
    '[ERROR] docs/specs/exports.md:7:1: [required-section] Missing section "Plan" (template line 9)'
    '[ERROR] spec check failed: 1 error in 1 of 2 specs'
)
fail=0
[ "$status" -ne 0 ] || { echo "FAIL: the consumer build passed, but exports.md lacks a section" >&2; fail=1; }
for line in "${expected[@]}"; do
    grep -qxF -- "$line" "$log" || { echo "FAIL: the consumer build lacks: $line" >&2; fail=1; }
done
# Maven records where each artifact came from: the plugin jar must come from the staging repository.
origin=$empty_repo/dev/specgate/spec-maven-plugin/$version/_remote.repositories
grep -qxF "spec-maven-plugin-$version.jar>staging=" "$origin" 2>/dev/null \
    || { echo "FAIL: the plugin did not come from the staging repository ($origin)" >&2; fail=1; }
if [ "$fail" -ne 0 ]; then
    cat "$log"
    exit 1
fi
echo "OK: with an empty local repository, the README snippet resolved spec-maven-plugin $version from the staging"
echo "    repository and the rest from Maven Central ($(find "$empty_repo" -name '*.jar' | wc -l) jars downloaded);"
echo "    the check reported the expected finding. Log: $log"
