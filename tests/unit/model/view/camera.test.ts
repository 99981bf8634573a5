// The camera a link carries: written from a viewport, read back on a canvas of another size, framing the same
// point of the graph at the same zoom.
import { describe, expect, it } from "vitest";
import { cameraParam, cameraViewport, parseCamera } from "../../../../src/model/view/camera";

describe("camera", () => {
  it("round-trips through the link on a canvas of another size", () => {
    const param = cameraParam({ zoom: 1.25, pan: { x: -200, y: 100 } }, 800, 600);
    expect(param).toBe("camera=1.25,480,160");
    const camera = parseCamera(`?node=pbc&${param}`)!;
    expect(camera).toEqual({ zoom: 1.25, x: 480, y: 160 });
    // On a phone, the same model point is at the middle.
    const viewport = cameraViewport(camera, 390, 500);
    expect((195 - viewport.pan.x) / viewport.zoom).toBeCloseTo(480);
    expect((250 - viewport.pan.y) / viewport.zoom).toBeCloseTo(160);
  });

  it.each(["", "?camera=", "?camera=1,2", "?camera=0,1,2", "?camera=a,b,c", "?camera=1,2,3,4", "?camera=1e9,0,0"])(
    "%s names no camera",
    (search) => expect(parseCamera(search)).toBeNull(),
  );
});
