package org.safetyportal.portal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Chromium's Vaadin client engine posts, as recorded once from Chromium 156 (headless, 1280 px wide) running a
 * participant through {@code /join/{code}}: the RPC invocations of each step, so that the benchmark loads the
 * server with the same work a phone gives it. When Vaadin's web components upgrade, they report their initial
 * property values ({@code x-changed}); the server listens for some of them, and the client then sends the event,
 * with the value first where the component's differs from the server's. The table holds what was recorded.
 */
final class ChromeHabits {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Per tag: the properties whose change events are reported at upgrade, with the value reported (null: event only). */
    private static final Map<String, Map<String, JsonNode>> UPGRADE = Map.of(
            "vaadin-app-layout", ordered("primarySection", NODES.textNode("navbar"), "drawerOpened", NODES.booleanNode(true),
                    "overlay", NODES.booleanNode(false)),
            "vaadin-side-nav", ordered("collapsed", NODES.booleanNode(false)),
            "vaadin-side-nav-item", ordered("expanded", NODES.booleanNode(false)));

    private ChromeHabits() {
    }

    /** The client engine's first request on a loaded page: the upgrade reports, then the navigation event. */
    static ArrayNode boot(UidlTree tree, List<Integer> attached, String route, String title) {
        ArrayNode rpc = upgraded(tree, attached);
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", title);
        data.set("historyState", NODES.objectNode().put("idx", 0));
        data.put("trigger", "");
        rpc.add(event(1, "ui-navigate", data));
        return rpc;
    }

    /** The reports of components that have just appeared (a request of its own, as Chromium sends it). */
    static ArrayNode upgraded(UidlTree tree, List<Integer> attached) {
        ArrayNode rpc = NODES.arrayNode();
        for (UidlTree.Node node : tree.newestFirst(attached)) {
            if (node.tag == null) {
                continue;
            }
            UPGRADE.getOrDefault(node.tag, Map.of()).forEach((property, value) -> {
                String event = dashed(property) + "-changed";
                if (node.listeners.contains(event)) {
                    if (value != null) {
                        rpc.add(sync(node.id, property, value));
                    }
                    rpc.add(event(node.id, event, NODES.objectNode()));
                }
            });
        }
        return rpc;
    }

    /** Typing into a text field, then tapping a button: the field's change goes with the click. */
    static ArrayNode typeThenClick(UidlTree.Node field, String typed, UidlTree.Node button) {
        ArrayNode rpc = NODES.arrayNode();
        rpc.add(sync(field.id, "value", NODES.textNode(typed)));
        rpc.add(event(field.id, "change", NODES.objectNode()));
        rpc.add(click(button));
        return rpc;
    }

    /**
     * A tap on a quiz's check or submit button, as recorded from Chromium 156: one click event whose data holds every
     * expression the server declared for the click, in the order declared. The vaadin-button asks for the mouse
     * details; the quiz asks for its ticked inputs, which the browser sends as a JSON array string of name:value.
     * Nothing else goes with it: ticking a native input is not a request.
     */
    static ArrayNode tapWithTicked(UidlTree.Node button, List<String> ticked) {
        List<String> expressions = button.eventData.getOrDefault("click", List.of());
        ArrayNode names = NODES.arrayNode();
        ticked.forEach(names::add);
        ObjectNode mouse = mouseDetails();
        ObjectNode data = NODES.objectNode();
        boolean tickedAsked = false;
        for (String expression : expressions) {
            if (mouse.has(expression)) {
                data.set(expression, mouse.get(expression));
            } else if (expression.contains("input:checked")) {
                data.put(expression, names.toString());
                tickedAsked = true;
            } else {
                throw new IllegalStateException("the button's click asks for what no recording holds: " + expression);
            }
        }
        if (!tickedAsked) {
            throw new IllegalStateException("the button's click does not ask for the ticked inputs: " + expressions);
        }
        return NODES.arrayNode().add(event(button.id, "click", data));
    }

    static ArrayNode tap(UidlTree.Node button) {
        return NODES.arrayNode().add(click(button));
    }

    private static ObjectNode click(UidlTree.Node button) {
        return event(button.id, "click", mouseDetails());
    }

    /** The mouse details Chromium sends with every click on a vaadin-button; the server reads none of them here. */
    private static ObjectNode mouseDetails() {
        ObjectNode data = NODES.objectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 180);
        data.put("event.clientY", 400);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 553);
        data.put("event.screenX", 190);
        return data;
    }

    private static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode sync = NODES.objectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.set("value", value);
        return sync;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = NODES.objectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    private static String dashed(String property) {
        return property.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, JsonNode> ordered(Object... pairs) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (JsonNode) pairs[i + 1]);
        }
        return map;
    }
}
