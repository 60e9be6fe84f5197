import TestSupport
import Testing
@testable import TOML

/// The toml-test decoder output.
@Suite(.timed) struct TaggedJSONTests {
    @Test func scalarsAreTagged() {
        let table = parseOrRecord("""
            s = "a\\"b\\\\c\\n\\u0001é"
            i = -42
            f = 2.5
            b = true
            odt = 1979-05-27T00:32:00.999999-07:00
            ldt = 1979-05-27T07:32:00
            ld = 1979-05-27
            lt = 07:32:00.5
            """)
        #expect(table.taggedJSON() == #"""
            {"s":{"type":"string","value":"a\"b\\c\n\u0001é"},"i":{"type":"integer","value":"-42"},\#
            "f":{"type":"float","value":"2.5"},"b":{"type":"bool","value":"true"},\#
            "odt":{"type":"datetime","value":"1979-05-27T00:32:00.999999-07:00"},\#
            "ldt":{"type":"datetime-local","value":"1979-05-27T07:32:00"},\#
            "ld":{"type":"date-local","value":"1979-05-27"},"lt":{"type":"time-local","value":"07:32:00.5"}}
            """#)
    }

    @Test func specialFloats() {
        let table = parseOrRecord("a = inf\nb = -inf\nc = nan\nd = -nan\ne = 1e100\nf = -0.0")
        #expect(table.taggedJSON() == #"""
            {"a":{"type":"float","value":"inf"},"b":{"type":"float","value":"-inf"},\#
            "c":{"type":"float","value":"nan"},"d":{"type":"float","value":"nan"},\#
            "e":{"type":"float","value":"1e+100"},"f":{"type":"float","value":"-0.0"}}
            """#)
    }

    @Test func containers() {
        let table = parseOrRecord("a = [1, [\"x\"], {}]\n[t]\n[[t.l]]\n[[t.l]]\nk = 'v'\n\"\\\"q\" = 1")
        #expect(table.taggedJSON() == #"""
            {"a":[{"type":"integer","value":"1"},[{"type":"string","value":"x"}],{}],\#
            "t":{"l":[{},{"k":{"type":"string","value":"v"},"\"q":{"type":"integer","value":"1"}}]}}
            """#)
    }

    @Test func emptyDocument() {
        #expect(parseOrRecord("").taggedJSON() == "{}")
    }
}
