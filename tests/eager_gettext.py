"""Finds the gettext calls a module makes when it is imported (module level, class bodies,
default arguments, decorators): they are translated once, in whatever language is active then,
and never again."""

import ast

EAGER_GETTEXT = {"gettext", "ngettext", "pgettext", "npgettext"}


def translated_at_import(path, root):
    """["relative/path.py:line call", ...] for `path`, a module under `root`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    eager = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "django.utils.translation"
        for alias in node.names
        if alias.name in EAGER_GETTEXT
    }
    found = []

    def visit(node, in_function):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            for part in getattr(node, "decorator_list", []):
                visit(part, in_function)
            for default in [*node.args.defaults, *filter(None, node.args.kw_defaults)]:
                visit(default, in_function)
            body = node.body if isinstance(node.body, list) else [node.body]
            for child in body:
                visit(child, True)
            return
        if (
            not in_function
            and isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in eager
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno} {ast.unparse(node)}")
        for child in ast.iter_child_nodes(node):
            visit(child, in_function)

    visit(tree, False)
    return found
