import Accounts
import Testing

/// The throttle on a made-up clock: no test waits.
@Suite struct SignInThrottleTests {
    let start = ContinuousClock.now

    @Test func freeFailuresThenDoublingDelays() {
        let throttle = SignInThrottle()
        var now = start
        for _ in 0..<3 {
            #expect(throttle.delay(name: "anna", address: "10.0.0.1", now: now) == .zero)
            throttle.recordFailure(name: "anna", address: "10.0.0.1", now: now)
        }
        #expect(throttle.delay(name: "anna", address: "10.0.0.1", now: now) == .zero)
        throttle.recordFailure(name: "anna", address: "10.0.0.1", now: now)
        #expect(throttle.delay(name: "anna", address: "10.0.0.1", now: now) == .seconds(1))
        now += .seconds(1)
        throttle.recordFailure(name: "anna", address: "10.0.0.1", now: now)
        #expect(throttle.delay(name: "anna", address: "10.0.0.1", now: now) == .seconds(2))
        #expect(throttle.delay(name: "anna", address: "10.0.0.1", now: now + .milliseconds(500)) == .milliseconds(1500))
        for _ in 0..<20 { throttle.recordFailure(name: "anna", address: "10.0.0.1", now: now) }
        #expect(throttle.delay(name: "anna", address: "10.0.0.1", now: now) == .seconds(300))
    }

    @Test func perAccountAndPerAddress() {
        let throttle = SignInThrottle()
        // Four failures for anna from four addresses: anna waits, from any address.
        for index in 0..<4 { throttle.recordFailure(name: "anna", address: "10.0.0.\(index)", now: start) }
        #expect(throttle.delay(name: "anna", address: "10.9.9.9", now: start) == .seconds(1))
        #expect(throttle.delay(name: "ANNA", address: "10.9.9.9", now: start) == .seconds(1))
        #expect(throttle.delay(name: "bert", address: "10.9.9.9", now: start) == .zero)
        // Four failures from one address on four names: that address waits, for any name.
        for index in 0..<4 { throttle.recordFailure(name: "naam\(index)", address: "10.1.1.1", now: start) }
        #expect(throttle.delay(name: "carla", address: "10.1.1.1", now: start) == .seconds(1))
        #expect(throttle.delay(name: "carla", address: "10.1.1.2", now: start) == .zero)
    }

    @Test func successClearsTheAccountNotTheAddress() {
        let throttle = SignInThrottle()
        for _ in 0..<4 { throttle.recordFailure(name: "anna", address: "10.0.0.1", now: start) }
        throttle.recordSuccess(name: "anna", address: "10.0.0.1", now: start)
        #expect(throttle.delay(name: "anna", address: "10.0.0.2", now: start) == .zero)
        #expect(throttle.delay(name: "bert", address: "10.0.0.1", now: start) == .seconds(1))
    }

    @Test func forgottenAfterAnHour() {
        let throttle = SignInThrottle()
        for _ in 0..<10 { throttle.recordFailure(name: "anna", address: "10.0.0.1", now: start) }
        #expect(throttle.delay(name: "anna", address: "10.0.0.1", now: start + .seconds(30)) == .seconds(34))
        #expect(throttle.delay(name: "anna", address: "10.0.0.1", now: start + .seconds(3600)) == .zero)
        // A failure after the hour starts counting from one again.
        throttle.recordFailure(name: "anna", address: "10.0.0.1", now: start + .seconds(3600))
        #expect(throttle.delay(name: "anna", address: "10.0.0.1", now: start + .seconds(3600)) == .zero)
    }

    @Test func memoryIsBounded() {
        let throttle = SignInThrottle(capacity: 100)
        var now = start
        for index in 0..<5_000 {
            now += .milliseconds(1)
            throttle.recordFailure(name: "naam\(index)", address: "10.\(index / 65536).\(index / 256 % 256).\(index % 256)", now: now)
            #expect(throttle.count <= 100)
        }
        // The newest keys are the ones kept.
        for _ in 0..<3 { throttle.recordFailure(name: "naam4999", address: "x", now: now) }
        #expect(throttle.delay(name: "naam4999", address: "y", now: now) == .seconds(1))
    }
}
