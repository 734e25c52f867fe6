"""Make tests/fixtures/schemaorg/vocabulary.json from a schema.org release.

The schema.org JSON-LD tests check every property the pages use against
the vocabulary: that it exists and that its domain includes the node's type
or one of its supertypes. This keeps, from the release's two CSV files
(`schemaorg-current-https-types.csv` and `-properties.csv`, in
`data/releases/<version>/` of the schemaorg/schemaorg repository), only the
supertypes of each type and the domains of each property.

    python scripts/schemaorg_vocabulary.py TYPES.csv PROPERTIES.csv VERSION > vocabulary.json
"""

from __future__ import annotations

import csv
import json
import sys


def _names(cell: str) -> list[str]:
    return sorted(part.strip().removeprefix("https://schema.org/")
                  for part in cell.split(",") if part.strip())


def main(types_csv: str, properties_csv: str, version: str) -> None:
    csv.field_size_limit(sys.maxsize)
    with open(types_csv, encoding="utf-8", newline="") as file:
        types = {row["label"]: _names(row["subTypeOf"]) for row in csv.DictReader(file)}
    with open(properties_csv, encoding="utf-8", newline="") as file:
        properties = {row["label"]: _names(row["domainIncludes"]) for row in csv.DictReader(file)}
    json.dump({"release": version, "types": dict(sorted(types.items())),
               "properties": dict(sorted(properties.items()))}, sys.stdout, indent=0,
              sort_keys=False)
    print()


if __name__ == "__main__":
    main(*sys.argv[1:4])
