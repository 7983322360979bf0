// ESLint rule: no one-letter names, except the parameters of a short lambda such as `(t) => t.slug`:
// an arrow function whose body is one expression, or a block of at most three lines.
const shortLambdaLines = 3;

function isShortLambda(fn) {
  if (!fn || fn.type !== "ArrowFunctionExpression") return false;
  return fn.body.type !== "BlockStatement" || fn.loc.end.line - fn.loc.start.line + 1 <= shortLambdaLines;
}

export default {
  meta: {
    type: "suggestion",
    docs: { description: "Names say what they hold: one letter only for a parameter of a short lambda." },
    schema: [],
    messages: { short: "'{{name}}' says nothing: give it a name (one letter only for the parameters of a short lambda)." },
  },
  create(context) {
    function report(id) {
      if (id && id.type === "Identifier" && id.name.length === 1 && id.name !== "_") context.report({ node: id, messageId: "short", data: { name: id.name } });
    }
    function names(pattern, visit) {
      if (!pattern) return;
      if (pattern.type === "Identifier") visit(pattern);
      else if (pattern.type === "ObjectPattern") pattern.properties.forEach((p) => names(p.type === "RestElement" ? p.argument : p.value, visit));
      else if (pattern.type === "ArrayPattern") pattern.elements.forEach((e) => names(e, visit));
      else if (pattern.type === "RestElement") names(pattern.argument, visit);
      else if (pattern.type === "AssignmentPattern") names(pattern.left, visit);
    }
    function params(fn) {
      if (isShortLambda(fn)) return;
      fn.params.forEach((p) => names(p, report));
    }
    return {
      VariableDeclarator: (node) => names(node.id, report),
      FunctionDeclaration: (node) => {
        report(node.id);
        params(node);
      },
      FunctionExpression: params,
      ArrowFunctionExpression: params,
      CatchClause: (node) => names(node.param, report),
    };
  },
};
