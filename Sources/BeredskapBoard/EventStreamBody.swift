import FlyingSocks

/// The bytes of a page's event stream, as FlyingFox sends a response body: each of the feed's messages
/// as soon as it comes. The subscription is made when the response starts to be sent and is let go of
/// with the iterator, when the connection closes.
struct EventStreamBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    let feed: DrillBoardFeed

    func makeAsyncIterator() -> Iterator {
        let subscription = feed.subscribe()
        return Iterator(subscription: subscription, messages: subscription.messages.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        /// Held so that the page stays on the feed while its bytes are sent.
        let subscription: DrillBoardFeed.Subscription
        var messages: AsyncStream<String>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty {
                guard let message = await messages.next() else { return nil }
                pending = Array(message.utf8)
            }
            let chunk = Array(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(chunk.count)
            return chunk
        }
    }
}
