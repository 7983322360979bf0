// ESLint rule: a module is entered only through its index.ts, and the platform imports no module (ADR 0009).
import path from "node:path";

const modulesDir = path.join("src", "modules");
const platformDir = path.join("src", "platform");

/** The module a file belongs to (its folder under src/modules), or null. */
function moduleOf(relative) {
  const parts = relative.split(path.sep);
  return parts[0] === "src" && parts[1] === "modules" && parts.length > 3 ? parts[2] : null;
}

/** Tests and benchmarks may use another module's test helpers (testing.ts). */
const isTestFile = (relative) => relative.endsWith(".test.ts") || relative.startsWith(`test${path.sep}`) || relative.startsWith(`bench${path.sep}`);

export default {
  meta: {
    type: "problem",
    docs: { description: "Imports across module boundaries go through the other module's index.ts; src/platform imports no module." },
    schema: [],
    messages: {
      intoModule: "{{target}} is inside the module {{module}}: import it from src/modules/{{module}}/index.ts.",
      platform: "src/platform must not import a module ({{target}}).",
    },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename);
    const own = moduleOf(file);
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = path.relative(root, path.resolve(path.dirname(context.filename), source));
      if (!target.startsWith(modulesDir + path.sep)) return;
      const relative = target.slice(modulesDir.length + 1);
      const module = relative.split(path.sep)[0];
      if (file.startsWith(platformDir + path.sep)) {
        context.report({ node: node.source, messageId: "platform", data: { target } });
        return;
      }
      if (module === own || relative.split(path.sep).length === 1) return;
      const entry = relative.split(path.sep).slice(1).join("/");
      if (entry === "index.ts") return;
      if (entry === "testing.ts" && isTestFile(file)) return;
      context.report({ node: node.source, messageId: "intoModule", data: { target, module } });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
