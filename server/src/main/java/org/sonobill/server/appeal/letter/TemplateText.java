package org.sonobill.server.appeal.letter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parsed letter template in SonoBill's tiny template language (docs/denials.md): {@code {{path}}} prints a value,
 * {@code {{#if path}}…{{else}}…{{/if}}} keeps text when the value is present, {@code {{#each path}}…{{/each}}}
 * repeats text for each item of a list (the item is {@code it}), and a line starting with {@code ##} is a comment. A
 * block tag alone on its line takes the line with it. Every placeholder is checked against the facts' types when the
 * template is read, so a misspelt one is an error even inside a block that today's facts would skip.
 */
final class TemplateText {

    private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern STANDALONE_BLOCK =
            Pattern.compile("\\s*\\{\\{\\s*(#if|#each|else|/if|/each)\\b[^}]*}}\\s*");

    private final List<Node> nodes;

    private TemplateText(List<Node> nodes) {
        this.nodes = nodes;
    }

    /** Parses {@code source} (named {@code name} in errors) and checks every placeholder against {@code rootType}. */
    static TemplateText parse(String name, String source, Class<?> rootType) {
        List<Node> nodes = new Parser(name).parse(source);
        Scope root = new Scope(null, Map.of());
        check(name, nodes, root, rootType);
        return new TemplateText(nodes);
    }

    /** The text for these facts. */
    String render(Object root) {
        StringBuilder out = new StringBuilder();
        render(nodes, new Values(root, Map.of()), out);
        return out.toString();
    }

    // ---- the tree

    sealed interface Node permits Text, Value, If, Each {}

    record Text(String text) implements Node {}

    record Value(String path, int line) implements Node {}

    record If(String path, int line, List<Node> then, List<Node> otherwise) implements Node {}

    record Each(String path, int line, List<Node> body) implements Node {}

    // ---- checking against types

    /** Names bound by enclosing {@code #each} blocks ({@code it}), over the root type. */
    record Scope(Scope outer, Map<String, java.lang.reflect.Type> names) {}

    private static void check(String name, List<Node> nodes, Scope scope, Class<?> rootType) {
        for (Node node : nodes) {
            if (node instanceof Value value) {
                Placeholders.checkPrintable(name, value.line(), value.path(),
                        Placeholders.typeOf(name, value.line(), value.path(), bound(scope), rootType));
            } else if (node instanceof If block) {
                Placeholders.typeOf(name, block.line(), block.path(), bound(scope), rootType);
                check(name, block.then(), scope, rootType);
                check(name, block.otherwise(), scope, rootType);
            } else if (node instanceof Each each) {
                var listType = Placeholders.typeOf(name, each.line(), each.path(), bound(scope), rootType);
                var item = Placeholders.elementType(name, each.line(), each.path(), listType);
                check(name, each.body(), new Scope(scope, Map.of("it", item)), rootType);
            }
        }
    }

    private static Map<String, java.lang.reflect.Type> bound(Scope scope) {
        Map<String, java.lang.reflect.Type> names = new HashMap<>();
        for (Scope s = scope; s != null; s = s.outer()) {
            s.names().forEach(names::putIfAbsent);
        }
        return names;
    }

    // ---- rendering

    /** The values bound by enclosing {@code #each} blocks, over the root value. */
    record Values(Object root, Map<String, Object> names) {
        Values with(String name, Object value) {
            Map<String, Object> inner = new HashMap<>(names);
            inner.put(name, value);
            return new Values(root, inner);
        }
    }

    private static void render(List<Node> nodes, Values values, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text text) {
                out.append(text.text());
            } else if (node instanceof Value value) {
                out.append(Placeholders.format(Placeholders.valueOf(value.path(), values)));
            } else if (node instanceof If block) {
                boolean keep = present(Placeholders.valueOf(block.path(), values));
                render(keep ? block.then() : block.otherwise(), values, out);
            } else if (node instanceof Each each
                    && Placeholders.valueOf(each.path(), values) instanceof Collection<?> list) {
                for (Object item : list) {
                    render(each.body(), values.with("it", item), out);
                }
            }
        }
    }

    /** {@code #if} keeps its text for a value that is there: not null, not blank, not empty, not zero, not false. */
    static boolean present(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof CharSequence s) {
            return !s.toString().isBlank();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return value != null;
    }

    // ---- parsing

    /** Turns template text into nodes, line by line so that errors can name the line. */
    private static final class Parser {
        private final String name;
        private final Deque<Open> open = new ArrayDeque<>();
        private List<Node> current = new ArrayList<>();

        /** A block being read: its tag, where it opened, and the node lists to return to. */
        private record Open(String kind, String path, int line, List<Node> outer, List<Node> then) {}

        Parser(String name) {
            this.name = name;
        }

        List<Node> parse(String source) {
            String[] lines = source.replace("\r\n", "\n").split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                boolean last = i == lines.length - 1;
                if (line.startsWith("##")) {
                    continue;
                }
                if (STANDALONE_BLOCK.matcher(line).matches()) {
                    tag(line.strip().substring(2, line.strip().length() - 2).strip(), i + 1);
                    continue;
                }
                inline(line, i + 1);
                if (!last) {
                    current.add(new Text("\n"));
                }
            }
            if (!open.isEmpty()) {
                Open block = open.peek();
                throw new TemplateException(name, block.line(), "{{" + block.kind() + "}} is never closed");
            }
            return current;
        }

        private void inline(String line, int number) {
            Matcher tag = TAG.matcher(line);
            int at = 0;
            while (tag.find()) {
                if (tag.start() > at) {
                    current.add(new Text(line.substring(at, tag.start())));
                }
                tag(tag.group(1).strip(), number);
                at = tag.end();
            }
            if (at < line.length()) {
                current.add(new Text(line.substring(at)));
            }
        }

        private void tag(String tag, int line) {
            String[] words = tag.split("\\s+", 2);
            String path = words.length > 1 ? words[1].strip() : "";
            switch (words[0]) {
                case "#if", "#each" -> {
                    requirePath(tag, path, line);
                    open.push(new Open(words[0], path, line, current, null));
                    current = new ArrayList<>();
                }
                case "else" -> {
                    Open block = open.peek();
                    if (block == null || !block.kind().equals("#if") || block.then() != null) {
                        throw new TemplateException(name, line, "{{else}} outside an {{#if}}");
                    }
                    open.pop();
                    open.push(new Open(block.kind(), block.path(), block.line(), block.outer(), current));
                    current = new ArrayList<>();
                }
                case "/if", "/each" -> close(words[0].substring(1), line);
                default -> {
                    if (tag.startsWith("#") || tag.startsWith("/")) {
                        throw new TemplateException(name, line,
                                "unknown block {{" + tag + "}} (blocks: #if, else, #each)");
                    }
                    requirePath(tag, tag, line);
                    current.add(new Value(tag, line));
                }
            }
        }

        private void close(String kind, int line) {
            Open block = open.poll();
            if (block == null || !block.kind().equals("#" + kind)) {
                throw new TemplateException(name, line, "{{/" + kind + "}} without its {{#" + kind + "}}");
            }
            Node node = kind.equals("if")
                    ? new If(block.path(), block.line(), block.then() == null ? current : block.then(),
                            block.then() == null ? List.of() : current)
                    : new Each(block.path(), block.line(), current);
            current = block.outer();
            current.add(node);
        }

        private void requirePath(String tag, String path, int line) {
            if (!path.matches("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*")) {
                throw new TemplateException(name, line, "not a placeholder: {{" + tag + "}}");
            }
        }
    }
}
