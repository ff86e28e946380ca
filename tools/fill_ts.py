"""Fill a Qt .ts file from {source: translation} maps (files holding ``T = {...}``, a Python dict literal),
checking that every translation keeps the source's placeholders ({name}, {v:g}…), HTML tags and menu
accelerators; reports what is missing.
Usage: python3 tools/fill_ts.py i18n/clms_egms_de.ts part1.py [part2.py …]"""
import ast
import re
import sys
import xml.etree.ElementTree as ET  # nosec B405 (the project's own .ts files)


def signature(text):
    return (sorted(re.findall(r"\{[^{}]*\}", text)), sorted(re.findall(r"</?[a-z]+", text)), text.count("&&"))


def main(ts_path, parts):
    table = {}
    for part in parts:
        with open(part, encoding="utf-8") as f:
            text = f.read()
        table.update(ast.literal_eval(text[text.index("{"):]))
    tree = ET.parse(ts_path)  # nosec B314
    missing, bad = [], []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source not in table:
            missing.append(source)
            continue
        if signature(table[source]) != signature(source):
            bad.append((source, table[source]))
            continue
        translation.text = table[source]
        translation.attrib.pop("type", None)
    for source, text in bad:
        print("placeholders differ:", repr(source), "->", repr(text))
    for source in missing:
        print("missing:", repr(source))
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return 1 if missing or bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
