"""Prints the line and branch coverage of each module from JaCoCo's aggregate report, which counts what each
module's code got from every module's tests (src/app/target/site/jacoco-aggregate/jacoco.csv)."""
import csv
import sys
from collections import defaultdict

REPORT = "src/app/target/site/jacoco-aggregate/jacoco.csv"
KEYS = ("LINE_MISSED", "LINE_COVERED", "BRANCH_MISSED", "BRANCH_COVERED")

totals = defaultdict(lambda: dict.fromkeys(KEYS, 0))
try:
    with open(REPORT, newline="") as f:
        for row in csv.DictReader(f):
            for key in KEYS:
                totals[row["GROUP"].split("/")[-1]][key] += int(row[key])
                totals["all"][key] += int(row[key])
except FileNotFoundError:
    sys.exit(f"no coverage report at {REPORT}: run ./mvnw verify first")


def percent(covered, missed):
    return "n/a" if covered + missed == 0 else f"{100 * covered / (covered + missed):.1f}%"


print(f"{'module':<26} {'lines':>8} {'branches':>9}")
for module in sorted(totals, key=lambda m: (m == "all", m)):
    t = totals[module]
    print(f"{module:<26} {percent(t['LINE_COVERED'], t['LINE_MISSED']):>8} "
          f"{percent(t['BRANCH_COVERED'], t['BRANCH_MISSED']):>9}")
