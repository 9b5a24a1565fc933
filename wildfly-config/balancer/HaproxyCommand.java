import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Sends one command to HAProxy's admin socket and prints its answer; run by {@code zyk} in Java's source-file mode
 * ({@code java HaproxyCommand.java SOCKET COMMAND}), so that the balancer needs no socat. Exit status 1 when a
 * {@code set} command is answered with anything but an empty line, which is how HAProxy confirms one.
 */
public final class HaproxyCommand {

    private HaproxyCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java HaproxyCommand.java SOCKET COMMAND");
            System.exit(2);
        }
        StringBuilder answer = new StringBuilder();
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(args[0]))) {
            channel.write(ByteBuffer.wrap((args[1] + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                answer.append(StandardCharsets.US_ASCII.decode(buffer));
                buffer.clear();
            }
        }
        System.out.print(answer);
        System.exit(args[1].startsWith("set ") && !answer.toString().isBlank() ? 1 : 0);
    }
}
