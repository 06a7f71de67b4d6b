package dev.dnnfl.spec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dnnfl.spec.TestSubjects.json;
import static dev.dnnfl.spec.TestSubjects.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShapesTest {
    private static List<List<Integer>> outputs(Subject s, List<Integer> input) {
        return Shapes.infer(s, input).stream().map(LayerShape::output).toList();
    }

    @Test
    void aCnnHasKerasOutputShapesChannelsLast() {
        Subject cnn = read(TestSubjects.CNN);
        assertEquals(List.of(List.of(10, 10, 4), List.of(5, 5, 4), List.of(100), List.of(10)),
                outputs(cnn, List.of(12, 12, 1)));
    }

    @Test
    void samePaddingAndStridesRoundUpAsKerasDoes() {
        ObjectNode s = json(TestSubjects.CNN);
        ((ObjectNode) s.get("layers").get(0)).put("padding", "same").set("strides", json("{\"a\": [2, 2]}").get("a"));
        ((ObjectNode) s.get("layers").get(1)).put("pool", 3).put("strides", 1);
        Subject subject = read(s);
        // same: ceil(13 / 2) = 7; valid pool 3 stride 1: 7 - 3 + 1 = 5
        assertEquals(List.of(List.of(7, 7, 4), List.of(5, 5, 4), List.of(100), List.of(10)), outputs(subject, List.of(13, 13, 1)));
    }

    @Test
    void anMlpKeepsVectorShapesThroughDropout() {
        Subject mlp = read(TestSubjects.MLP);
        assertEquals(List.of(List.of(8), List.of(8), List.of(3)), outputs(mlp, List.of(4)));
    }

    @Test
    void anUnknownInputLeavesImageDimensionsUnknownButKnowsDenseWidths() {
        Subject cnn = read(TestSubjects.CNN);
        List<LayerShape> shapes = Shapes.infer(cnn, List.of());
        assertEquals("(?, ?, 4)", LayerShape.format(shapes.get(0).output()));
        assertEquals("(?,)", LayerShape.format(shapes.get(2).output()));
        assertEquals("(10,)", LayerShape.format(shapes.get(3).output()));
    }

    @Test
    void aKernelLargerThanItsInputNamesTheLayer() {
        Subject cnn = read(TestSubjects.CNN);
        UserError e = assertThrows(UserError.class, () -> Shapes.infer(cnn, List.of(2, 2, 1)));
        assertEquals("cnn: /layers/0: conv2d layer 'conv2d' has a kernel of (3, 3) larger than its input (2, 2, 1) "
                + "with padding 'valid' (use a smaller size or padding 'same')", e.getMessage());
    }

    @Test
    void aDenseLayerOnAnImageAsksForAFlatten() {
        ObjectNode s = json(TestSubjects.CNN);
        ((ArrayNode) s.get("layers")).remove(2);
        UserError e = assertThrows(UserError.class, () -> read(s));
        assertEquals("test.json: /layers/2: dense layer 'dense' gets an input of shape (5, 5, 4); add a flatten layer before it",
                e.getMessage());
    }

    @Test
    void aMissingFlattenIsFoundEvenWithoutADeclaredShape() {
        ObjectNode s = json(TestSubjects.CNN);
        ((ObjectNode) s.get("dataset")).remove("shape");
        ((ArrayNode) s.get("layers")).remove(2);
        UserError e = assertThrows(UserError.class, () -> read(s));
        assertTrue(e.getMessage().contains("/layers/2: dense layer 'dense' gets an input of shape (?, ?, 4)"), e.getMessage());
    }

    @Test
    void aConvolutionAfterADenseLayerIsRejected() {
        ObjectNode s = json(TestSubjects.MLP);
        ((ArrayNode) s.get("layers")).insert(1, json("{\"type\": \"conv2d\", \"filters\": 2, \"kernel\": 3}"));
        UserError e = assertThrows(UserError.class, () -> read(s));
        assertTrue(e.getMessage().startsWith("test.json: /layers/1: conv2d layer 'conv2d' needs an image input (height, width, channels), found shape (8,)"),
                e.getMessage());
    }

    @Test
    void aFlattenPreprocessingStepMakesTheDeclaredShapeAVector() {
        ObjectNode s = json(TestSubjects.MLP);
        ((ObjectNode) s.get("dataset")).set("shape", json("{\"a\": [3, 3, 2]}").get("a"));
        ((ObjectNode) s.get("dataset")).set("preprocessing", json("{\"a\": [\"flatten\"]}").get("a"));
        Subject subject = read(s);
        assertEquals(List.of(18), Shapes.declaredInput(subject.dataset()));
        assertEquals(List.of(18), Shapes.infer(subject, Shapes.declaredInput(subject.dataset())).get(0).input());
    }
}
