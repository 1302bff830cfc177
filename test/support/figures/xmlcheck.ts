/**
 * A small XML well-formedness checker (no DOM): balanced and properly nested tags, quoted and
 * unique attributes, valid entity references, no stray `<` or `&`, exactly one root element.
 * Enough to test that the figures' SVG text parses; not a validating parser.
 */

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;

function checkText(s: string, where: number): void {
  for (let i = s.indexOf("&"); i >= 0; i = s.indexOf("&", i + 1)) {
    if (!ENTITY.test(s.slice(i))) throw new Error(`xml: bad entity reference at ${where + i}`);
  }
  if (s.includes("<")) throw new Error(`xml: stray '<' at ${where + s.indexOf("<")}`);
}

/** Throws an Error describing the first well-formedness problem of `xml`; returns the root's name. */
export function checkWellFormed(xml: string): string {
  const stack: string[] = [];
  let root: string | undefined;
  let closedRoot = false;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? xml.length : lt;
    const content = xml.slice(i, textEnd);
    if ((stack.length === 0 && content.trim() !== "") || (stack.length > 0 && content)) {
      if (stack.length === 0) throw new Error(`xml: text outside the root element at ${i}`);
      checkText(content, i);
    }
    if (lt < 0) break;
    if (xml.startsWith("<?", lt)) {
      const end = xml.indexOf("?>", lt);
      if (end < 0 || root !== undefined) throw new Error(`xml: bad processing instruction at ${lt}`);
      i = end + 2;
      continue;
    }
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt);
      if (end < 0) throw new Error(`xml: unterminated comment at ${lt}`);
      i = end + 3;
      continue;
    }
    const close = xml[lt + 1] === "/";
    let j = lt + (close ? 2 : 1);
    const name = NAME.exec(xml.slice(j))?.[0];
    if (!name) throw new Error(`xml: bad tag name at ${lt}`);
    j += name.length;
    if (close) {
      const m = /^\s*>/.exec(xml.slice(j));
      if (!m) throw new Error(`xml: bad end tag </${name} at ${lt}`);
      const open = stack.pop();
      if (open !== name) throw new Error(`xml: </${name}> at ${lt} closes <${open ?? "nothing"}>`);
      if (stack.length === 0) closedRoot = true;
      i = j + m[0].length;
      continue;
    }
    if (closedRoot || (stack.length === 0 && root !== undefined)) throw new Error(`xml: second root <${name}> at ${lt}`);
    root ??= name;
    const seen = new Set<string>();
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(j))![0].length;
      j += ws;
      if (xml.startsWith("/>", j) || xml[j] === ">") break;
      if (ws === 0) throw new Error(`xml: missing space before attribute in <${name}> at ${j}`);
      const attr = NAME.exec(xml.slice(j))?.[0];
      if (!attr) throw new Error(`xml: bad attribute in <${name}> at ${j}`);
      if (seen.has(attr)) throw new Error(`xml: duplicate attribute ${attr} in <${name}> at ${j}`);
      seen.add(attr);
      j += attr.length;
      const eq = /^\s*=\s*(["'])/.exec(xml.slice(j));
      if (!eq) throw new Error(`xml: attribute ${attr} in <${name}> is not quoted, at ${j}`);
      j += eq[0].length;
      const end = xml.indexOf(eq[1], j);
      if (end < 0) throw new Error(`xml: unterminated attribute ${attr} at ${j}`);
      checkText(xml.slice(j, end), j);
      j = end + 1;
    }
    if (xml.startsWith("/>", j)) {
      if (stack.length === 0) closedRoot = true;
      i = j + 2;
    } else {
      stack.push(name);
      i = j + 1;
    }
  }
  if (stack.length > 0) throw new Error(`xml: <${stack[stack.length - 1]}> is never closed`);
  if (root === undefined) throw new Error("xml: no root element");
  return root;
}
