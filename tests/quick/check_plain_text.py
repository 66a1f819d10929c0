#!/usr/bin/env python3
"""Fails when a QML text of the console could read data from outside as markup.

Text and Label default to Text.AutoText: a report description, an address or a catalogue
title that looks like HTML is then rendered as rich text, and an <img src="http://…"> in
it is fetched (a tracking pixel). The controls of the style draw their own texts the same
way (Fusion: IconLabel in buttons, delegates and menu items, a Text in tool tips, a Label
as a dialog's header). The rules, for every .qml file given (or under the given folders):

1. Every Text, Label, TextEdit and TextArea sets textFormat: PlainText (a Text or Label
   may use another format only for a text that is fixed, see below).
2. A control that draws its own text (buttons, delegates, menu items, check boxes, tool
   tips, dialog titles, placeholders, attached ToolTip.text) shows only a fixed text, or
   brings its own contentItem (header for a dialog title) — which rule 1 then checks.
   Fixed means literals and qsTr("…") with numbers, counts or other fixed texts: nothing
   a value read from the store, a file or an endpoint can end up in. A binding that is
   safe for a reason the check cannot see says so on its line: `// no markup: <why>`.
3. Every ComboBox brings its own delegate (the style's delegate is a MenuItem).

`--self-test` checks the rules against small examples (they must catch what they claim).
"""

import pathlib
import re
import sys

TEXT_ITEMS = {"Text", "Label", "TextEdit", "TextArea"}
# Only PlainText for what is edited: a TextEdit in RichText keeps pasted HTML.
EDITORS = {"TextEdit", "TextArea"}
# Control type → (properties it draws itself, the property that replaces its drawing).
SELF_DRAWN = {
    name: (("text",), "contentItem")
    for name in ("AbstractButton", "Button", "ToolButton", "RoundButton", "TabButton", "DelayButton",
                 "ItemDelegate", "CheckDelegate", "RadioDelegate", "SwitchDelegate", "SwipeDelegate",
                 "MenuItem", "MenuBarItem", "CheckBox", "RadioButton", "Switch", "ToolTip")
}
SELF_DRAWN.update({
    "Dialog": (("title",), "header"),
    "GroupBox": (("title",), "label"),
    "Menu": (("title",), None),  # a submenu's title is drawn by the style's MenuItem
})
# Drawn by the style wherever they are set.
ANYWHERE = ("ToolTip.text", "placeholderText")
MARKER = re.compile(r"//\s*no markup:\s*\S")


# ---------------------------------------------------------------------------------------
# Reading QML: comments and string contents blanked out, so braces can be matched.

def blank(source):
    """Returns (code, masked): comments replaced by spaces in both; in masked, the
    contents of strings and regular expressions too. Lengths and newlines are kept."""
    code, masked = list(source), list(source)
    i, n = 0, len(source)
    last = "("  # the last significant character outside strings and comments

    def wipe(a, b, chars, fill):
        for k in range(a, b):
            if source[k] != "\n":
                for c in chars:
                    c[k] = fill

    while i < n:
        c = source[i]
        if source.startswith("//", i):
            j = source.find("\n", i)
            j = n if j < 0 else j
            wipe(i, j, (code, masked), " ")
            i = j
        elif source.startswith("/*", i):
            j = source.find("*/", i + 2)
            j = n if j < 0 else j + 2
            wipe(i, j, (code, masked), " ")
            i = j
        elif c in "'\"`" or (c == "/" and last in "(,=:[!&|?{};+"):
            # A string, or a regular expression (a / where no value ends).
            j = i + 1
            while j < n and source[j] != c and source[j] != "\n":
                j += 2 if source[j] == "\\" else 1
            wipe(i + 1, min(j, n), (masked,), "_")
            i = j + 1
            last = c
        else:
            if not c.isspace():
                last = c
            i += 1
    return "".join(code), "".join(masked)


def matching_brace(masked, open_pos):
    depth = 0
    for k in range(open_pos, len(masked)):
        if masked[k] == "{":
            depth += 1
        elif masked[k] == "}":
            depth -= 1
            if depth == 0:
                return k
    return len(masked)


OBJECT = re.compile(r"(?<![\w.])(?:[A-Za-z_]\w*\.)?([A-Z]\w*)\s*\{")
PROPERTY = re.compile(r"(?:^|(?<=[;{]))[ \t]*((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)[ \t]*:(?!:)", re.M)
CONTINUES_AFTER = tuple("+-*/%?:,.=&|([!<>")
CONTINUES_BEFORE = tuple("+-*/%?:.&|")


class QmlObject:
    def __init__(self, path, source, code, masked, type_name, start, open_pos):
        self.path, self.type = path, type_name
        self.line = source.count("\n", 0, start) + 1
        close = matching_brace(masked, open_pos)
        self.properties = {}  # name → (line, expression, original lines)
        body = masked[open_pos + 1:close]
        # Only this object's own bindings: blank out what nested braces hold.
        direct, depth = [], 0
        for ch in body:
            if ch == "{":
                depth += 1
            if depth == 0 or ch == "\n":
                direct.append(ch)
            else:
                direct.append(" ")
            if ch == "}":
                depth -= 1
        direct = "".join(direct)
        for m in PROPERTY.finditer(direct):
            value_start = open_pos + 1 + m.end()
            value_end = statement_end(masked, value_start, close)
            line = source.count("\n", 0, value_start) + 1
            original = source[source.rfind("\n", 0, open_pos + 1 + m.start()) + 1:value_end]
            self.properties[m.group(1)] = (line, code[value_start:value_end].strip(), original)


def statement_end(masked, start, limit):
    """Where the binding starting at `start` ends: a newline (or ;) outside brackets that
    neither the line before nor the line after continues."""
    depth, k = 0, start
    while k < limit:
        ch = masked[k]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0 and ch == ";":
            return k
        elif depth == 0 and ch == "\n":
            before = masked[start:k].rstrip()
            after = masked[k + 1:limit].lstrip()
            if before and not before.endswith(CONTINUES_AFTER) and not after.startswith(CONTINUES_BEFORE):
                return k
        k += 1
    return limit


def objects_of(name, source):
    """Every object declared in a QML file, the root first."""
    code, masked = blank(source)
    return [QmlObject(name, source, code, masked, m.group(1), m.start(), m.end() - 1)
            for m in OBJECT.finditer(masked)]


# ---------------------------------------------------------------------------------------
# Is an expression fixed? A small parser for the JavaScript found in bindings.

TOKEN = re.compile(r"""\s*(?:
    (?P<str>'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\$])*`)
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<name>[A-Za-z_$][\w$]*)
  | (?P<op>===|!==|==|!=|<=|>=|&&|\|\||\?\?|\?\.|[-+*/%!<>?:.,()\[\]{}])
)""", re.X)
BINARY = [("||", "??"), ("&&",), ("==", "!=", "===", "!=="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
LITERAL_NAMES = {"true", "false", "null", "undefined", "NaN", "Infinity"}


class Unsupported(Exception):
    pass


def tokens(expression):
    out, pos = [], 0
    while pos < len(expression):
        m = TOKEN.match(expression, pos)
        if not m or m.end() == pos:
            if expression[pos:].strip() == "":
                break
            raise Unsupported(expression[pos:])
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


class Parser:
    def __init__(self, expression):
        self.t, self.i = tokens(expression), 0

    def peek(self, *values):
        return self.i < len(self.t) and self.t[self.i][1] in values

    def take(self, value=None):
        if self.i >= len(self.t) or (value is not None and self.t[self.i][1] != value):
            raise Unsupported(value)
        self.i += 1
        return self.t[self.i - 1]

    def parse(self):
        node = self.ternary()
        if self.i != len(self.t):
            raise Unsupported(self.t[self.i])
        return node

    def ternary(self):
        condition = self.binary(0)
        if self.peek("?"):
            self.take("?")
            a = self.ternary()
            self.take(":")
            return ("?:", condition, a, self.ternary())
        return condition

    def binary(self, level):
        if level == len(BINARY):
            return self.unary()
        node = self.binary(level + 1)
        while self.peek(*BINARY[level]):
            op = self.take()[1]
            node = ("op", op, node, self.binary(level + 1))
        return node

    def unary(self):
        if self.peek("!", "-", "+", "typeof"):
            return ("unary", self.take()[1], self.unary())
        return self.postfix(self.primary())

    def primary(self):
        kind, value = self.take()
        if kind in ("str", "num"):
            return (kind, value)
        if kind == "name":
            return ("name", value)
        if value == "(":
            node = self.ternary()
            self.take(")")
            return node
        if value == "[":
            items = []
            while not self.peek("]"):
                items.append(self.ternary())
                if not self.peek("]"):
                    self.take(",")
            self.take("]")
            return ("array", items)
        raise Unsupported(value)

    def postfix(self, node):
        while True:
            if self.peek(".", "?."):
                self.take()
                node = ("member", node, self.take()[1])
            elif self.peek("("):
                self.take("(")
                args = []
                while not self.peek(")"):
                    args.append(self.ternary())
                    if not self.peek(")"):
                        self.take(",")
                self.take(")")
                node = ("call", node, args)
            elif self.peek("["):
                self.take("[")
                node = ("index", node, self.ternary())
                self.take("]")
            else:
                return node


NUMERIC_METHODS = {"toFixed", "toPrecision", "indexOf", "lastIndexOf", "round", "floor", "ceil"}
SAME_TEXT_METHODS = {"toUpperCase", "toLowerCase", "trim", "toString"}


def fixed(node):
    kind = node[0]
    if kind in ("str", "num"):
        return True
    if kind == "name":
        return node[1] in LITERAL_NAMES
    if kind == "?:":
        return fixed(node[2]) and fixed(node[3])
    if kind == "op":
        if node[1] in ("+", "||", "&&", "??"):
            return fixed(node[2]) and fixed(node[3])
        return True  # arithmetic and comparisons give numbers and booleans
    if kind == "unary":
        return True
    if kind == "member":
        return node[2] == "length"
    if kind == "call":
        callee, args = node[1], node[2]
        if callee[0] == "name":
            if callee[1] in ("qsTr", "qsTranslate", "qsTrId"):
                # qsTr gives its source text back when untranslated: a literal only.
                return bool(args) and args[0][0] == "str"
            if callee[1] in ("Number", "parseInt", "parseFloat", "isNaN"):
                return True
            if callee[1] == "String":
                return all(fixed(a) for a in args)
            return False
        if callee[0] == "member":
            receiver, method = callee[1], callee[2]
            if receiver == ("name", "Math") or method in NUMERIC_METHODS:
                return True
            if method == "arg":
                return fixed(receiver) and all(fixed(a) for a in args)
            if method in SAME_TEXT_METHODS:
                return fixed(receiver)
        return False
    return False


def is_fixed(expression):
    try:
        return fixed(Parser(expression).parse())
    except (Unsupported, RecursionError):
        return False


# ---------------------------------------------------------------------------------------
# The rules.

def check(files):
    """The problems found in files, a list of (name, QML source)."""
    parsed = {name: objects_of(name, source) for name, source in files}
    self_drawn = dict(SELF_DRAWN)
    # A component whose root draws its own text (and does not replace that) is one too.
    for name, objects in parsed.items():
        if objects and objects[0].type in SELF_DRAWN:
            props, own = SELF_DRAWN[objects[0].type]
            if own is None or own not in objects[0].properties:
                self_drawn[pathlib.Path(name).stem] = (props, own)

    problems = []
    for objects in parsed.values():
        for o in objects:
            where = f"{o.path}:{o.line}"

            def needs_fixed(prop, why):
                line, expression, original = o.properties[prop]
                if not is_fixed(expression) and not MARKER.search(original):
                    problems.append(f"{o.path}:{line}: {o.type}.{prop} shows `{expression}`, {why}")

            if o.type in TEXT_ITEMS:
                if "textFormat" not in o.properties:
                    enum = "TextEdit" if o.type in EDITORS else "Text"
                    problems.append(f"{where}: {o.type} without textFormat (the default reads markup): "
                                    f"set textFormat: {enum}.PlainText")
                else:
                    fmt = o.properties["textFormat"][1]
                    if not fmt.endswith(".PlainText"):
                        if o.type in EDITORS:
                            problems.append(f"{where}: {o.type} with textFormat {fmt}: only PlainText")
                        elif "text" in o.properties:
                            needs_fixed("text", f"not fixed, in textFormat {fmt}")
            if o.type in self_drawn:
                props, own = self_drawn[o.type]
                if own is None or own not in o.properties:
                    for p in props:
                        if p in o.properties:
                            fix = (f"give the {o.type} a {own} with textFormat: Text.PlainText" if own
                                   else "show only a fixed text here")
                            if o.type in ("MenuItem", "ToolTip"):
                                fix = f"use a Plain{o.type}"
                            needs_fixed(p, f"not fixed, drawn by the style as markup: {fix}")
            for p in ANYWHERE:
                if p in o.properties:
                    needs_fixed(p, "not fixed, drawn by the style as markup (use a PlainToolTip for data)")
            if o.type == "ComboBox" and "delegate" not in o.properties:
                problems.append(f"{where}: ComboBox with the style's delegate (reads markup): use PlainComboBox")
    return problems


def qml_files(arguments):
    for a in arguments:
        p = pathlib.Path(a)
        yield from (sorted(p.rglob("*.qml")) if p.is_dir() else [p])


SELF_TEST = [
    # (QML, how many problems the check must find)
    ("Label { text: model.description }", 1),
    ("Label { text: model.description; textFormat: Text.PlainText }", 0),
    ("Text {\n    text: qsTr(\"<b>Legend</b>\")\n    textFormat: Text.StyledText\n}", 0),
    ("Text {\n    text: root.title\n    textFormat: Text.StyledText\n}", 1),
    ("TextArea { textFormat: TextEdit.RichText }", 1),
    ("Item {\n    delegate: Label {\n        text: modelData\n    }\n}", 1),
    ("MenuItem { text: modelData.name }", 1),
    ("MenuItem {\n    text: modelData.name\n    contentItem: Text { text: \"x\"; textFormat: Text.PlainText }\n}", 0),
    ("MenuItem { text: qsTr(\"in %n day(s)\", \"\", modelData) }", 0),
    ("CheckBox { text: qsTr(\"Selected (%1)\").arg(list.length + 0 * revision) }", 0),
    ("Button {\n    text: root.on ? qsTr(\"Whole area\")\n                  : qsTr(\"In drawn area\")\n}", 0),
    ("Button {\n    text: (index + 1) + \"  \" + name\n}", 1),
    ("Button { text: code.toUpperCase() // no markup: one of the program's own codes\n}", 0),
    ("Button { text: qsTr(name) }", 1),
    ("Button {\n    ToolTip.visible: hovered\n    ToolTip.text: description\n}", 1),
    ("Button {\n    ToolTip.text: qsTr(\"Opacity %1 %\").arg(Math.round(value * 100))\n}", 0),
    ("Dialog { title: qsTr(\"Catalogue: %1\").arg(entry.layer) }", 1),
    ("Dialog {\n    title: qsTr(\"Catalogue: %1\").arg(entry.layer)\n"
     "    header: Label { text: \"x\"; textFormat: Text.PlainText }\n}", 0),
    ("ComboBox { model: services }", 1),
    ("TextField { placeholderText: entry.hint }", 1),
    # A regular expression with // in it is not a comment that would hide the brace after it.
    ("Item {\n    function f() { return x.replace(/^file:\\/\\//, \"\"); }\n    ToolTip.text: entry.note\n}", 1),
    ("Label {\n    text: { switch (s) { case 1: return qsTr(\"a\"); } }\n    textFormat: Text.PlainText\n}", 0),
]


def self_test():
    failures = 0
    for n, (qml, expected) in enumerate(SELF_TEST):
        found = check([(f"example{n}.qml", qml)])
        if len(found) != expected:
            failures += 1
            print(f"self-test {n}: expected {expected} problem(s), found {len(found)}:\n{qml}\n" + "\n".join(found))
    # A component built on a self-drawn control passes the rule on to where it is used.
    found = check([("FancyButton.qml", "Button {}"), ("Use.qml", "Item { FancyButton { text: entry.name } }")])
    if len(found) != 1:
        failures += 1
        print("self-test: a component on a Button is not checked where used:", found)
    print(f"{len(SELF_TEST) + 1 - failures} of {len(SELF_TEST) + 1} self-tests pass")
    return 1 if failures else 0


def main(arguments):
    if arguments == ["--self-test"]:
        return self_test()
    files = list(qml_files(arguments))
    if not files:
        print("usage: check_plain_text.py (--self-test | QML_FILE_OR_DIR…)", file=sys.stderr)
        return 2
    problems = check([(str(f), f.read_text(encoding="utf-8")) for f in files])
    for p in problems:
        print(p)
    print(f"{len(files)} QML files, {len(problems)} text(s) that could read data as markup")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
