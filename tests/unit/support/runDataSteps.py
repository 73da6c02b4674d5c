"""Runs the NumPy and scikit-learn steps of a page's Python program, and nothing of Keras.

Reads a JSON object from stdin: {"program": source, "values": {name: expression}}. Executes the
program's top-level statements in order, except those that use `keras` or `tensorflow`, or a
name that a statement left out defines: those are left out too (nothing is stubbed, they are
simply not run). Then evaluates each expression in the program's namespace and prints one JSON
object: the printed lines of each statement that ran with its line, the line ranges of what ran
and of what was left out, and the values.
"""
import ast
import contextlib
import io
import json
import sys

LEFT_OUT_MODULES = {"keras", "tensorflow"}


def names_used(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def names_bound(node):
    bound = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
            bound.add(n.id)
        elif isinstance(n, (ast.FunctionDef, ast.ClassDef)):
            bound.add(n.name)
        elif isinstance(n, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in n.names)
    return bound


def imports_left_out_module(node):
    if isinstance(node, ast.Import):
        return any(a.name.split(".")[0] in LEFT_OUT_MODULES for a in node.names)
    if isinstance(node, ast.ImportFrom):
        return (node.module or "").split(".")[0] in LEFT_OUT_MODULES
    return False


def main():
    request = json.load(sys.stdin)
    tree = ast.parse(request["program"])
    tainted = set(LEFT_OUT_MODULES)
    namespace = {"__name__": "__main__"}
    ran, left_out, printed = [], [], []
    for stmt in tree.body:
        span = [stmt.lineno, stmt.end_lineno]
        if imports_left_out_module(stmt) or names_used(stmt) & tainted:
            tainted |= names_bound(stmt)
            left_out.append(span)
            continue
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(ast.Module(body=[stmt], type_ignores=[]), "<program>", "exec"), namespace)
        ran.append(span)
        printed += [{"line": stmt.lineno, "text": t} for t in out.getvalue().splitlines()]
    values = {k: eval(expr, namespace) for k, expr in request.get("values", {}).items()}
    result = {"ran": ran, "leftOut": left_out, "printed": printed, "values": values}
    json.dump(result, sys.stdout, default=lambda o: o.tolist() if hasattr(o, "tolist") else str(o))


main()
