package org.safetyportal.portal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state tree a Vaadin Flow client keeps, rebuilt from the "changes" of each UIDL message, as far as a
 * participant needs it: tags, properties, attributes, children, event listeners and text. The feature numbers
 * are Flow's {@code NodeFeatures}; others (push, navigation, templates) are left alone, as a browser with no use
 * for them would still hold them.
 */
final class UidlTree {

    private static final int DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;

    /** One node: an element (with a tag) or a text node. */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final Set<String> listeners = new LinkedHashSet<>();
        /** Per event type, the expressions the server asked the browser to evaluate and send with the event. */
        final Map<String, List<String>> eventData = new HashMap<>();

        Node(int id) {
            this.id = id;
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    /** Values the server sends once and names by a key afterwards (a listener's event data expressions, for one). */
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Keeps the constants a message brings, before its changes name them. */
    void addConstants(JsonNode more) {
        if (more != null && more.isObject()) {
            more.fields().forEachRemaining(e -> constants.put(e.getKey(), e.getValue()));
        }
    }

    /** Applies one message's changes; answers the ids of the nodes it attached, in the order they came. */
    List<Integer> apply(JsonNode changes) {
        List<Integer> attached = new ArrayList<>();
        if (changes == null) {
            return attached;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "attach" -> {
                    nodes.put(id, new Node(id));
                    attached.add(id);
                }
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), feature, change);
                case "remove" -> remove(node(id), feature, change.path("key").asText());
                case "splice" -> splice(node(id), feature, change);
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node(id).children.clear();
                    }
                }
                default -> {
                    // Other change types hold nothing a participant reads.
                }
            }
        }
        return attached;
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void put(Node node, int feature, JsonNode change) {
        String key = change.path("key").asText();
        JsonNode value = change.get("value");
        switch (feature) {
            case DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asText();
                }
            }
            case PROPERTIES -> node.properties.put(key, value == null ? change.get("nodeValue") : value);
            case ATTRIBUTES -> node.attributes.put(key, value == null ? "" : value.asText());
            case LISTENERS -> {
                node.listeners.add(key);
                List<String> expressions = new ArrayList<>();
                JsonNode declared = value != null && value.isTextual() ? constants.get(value.asText()) : value;
                if (declared != null && declared.isObject()) {
                    declared.fieldNames().forEachRemaining(expressions::add);
                }
                node.eventData.put(key, expressions);
            }
            case TEXT -> node.text = value == null ? "" : value.asText();
            default -> {
            }
        }
    }

    private static void remove(Node node, int feature, String key) {
        switch (feature) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> {
                node.listeners.remove(key);
                node.eventData.remove(key);
            }
            default -> {
            }
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        if (feature != CHILDREN) {
            return;
        }
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        List<Integer> added = new ArrayList<>();
        change.path("addNodes").forEach(n -> added.add(n.asInt()));
        node.children.addAll(Math.min(index, node.children.size()), added);
    }

    Optional<Node> get(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The element with this id attribute, if the page shows one. */
    Optional<Node> byId(String id) {
        return nodes.values().stream().filter(n -> id.equals(n.attributes.get("id"))).findFirst();
    }

    /** The descendants of a node with this tag, in document order. */
    List<Node> descendants(Node root, String tag) {
        List<Node> found = new ArrayList<>();
        for (int childId : root.children) {
            Node child = nodes.get(childId);
            if (child != null) {
                if (tag.equals(child.tag)) {
                    found.add(child);
                }
                found.addAll(descendants(child, tag));
            }
        }
        return found;
    }

    /** The text a reader sees inside a node: its text nodes, and its {@code innerHTML}/text property if it has one. */
    String text(Node node) {
        StringBuilder text = new StringBuilder(node.text == null ? "" : node.text);
        JsonNode property = node.properties.get("text");
        if (property != null && property.isTextual()) {
            text.append(property.asText());
        }
        for (int childId : node.children) {
            Node child = nodes.get(childId);
            if (child != null) {
                text.append(text(child));
            }
        }
        return text.toString();
    }

    /** The attached nodes in the given list that are still in the tree, newest first (the order Chromium reports them). */
    List<Node> newestFirst(List<Integer> ids) {
        Map<Integer, Node> present = new LinkedHashMap<>();
        ids.stream().sorted((a, b) -> Integer.compare(b, a)).forEach(id -> {
            Node node = nodes.get(id);
            if (node != null) {
                present.put(id, node);
            }
        });
        return new ArrayList<>(present.values());
    }
}
