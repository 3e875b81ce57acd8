import { describe, expect, it } from "vitest";
import { isPlainActionPayload } from "./action-payload";

describe("isPlainActionPayload", () => {
  it("takes what the console's client sends: an argument list of plain values", () => {
    for (const body of ["[]", '[{"userName":"Bob"}]', '["Temp1"]', "[true]", '[{"a":[1,null,"x"]}]', '["$$5 off"]', '["$undefined"]', '["$D2021-01-20T02:12:40.000Z"]']) {
      expect(isPlainActionPayload(body), body).toBe(true);
    }
  });

  it("refuses text that is not JSON, a bare value, and references a text body cannot hold", () => {
    for (const body of ["", "*𓃲", "[", "{}", '"x"', "null", '["$@1"]', '["$K2"]', '[{"x":"$Q3"}]', '["$h4"]', '["$T"]', '[{"$W1":1}]', '["$"]']) {
      expect(isPlainActionPayload(body), body).toBe(false);
    }
  });
});
