package org.ziyuanku.batch.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.batch.operations.BatchRuntimeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import org.junit.jupiter.api.Test;

class PortableStepFailureTest {

    /** A library's exception that JBeret's class loader cannot see. */
    static final class LibraryException extends Exception {
        private static final long serialVersionUID = 1L;

        LibraryException(String message) {
            super(message);
        }
    }

    @Test
    void keepsTheChainOfMessagesButNoCause() {
        RuntimeException failure = new IllegalStateException("Keycloak did not answer",
                new LibraryException("Connect to 127.0.0.1:8180 failed: Connection refused"));

        BatchRuntimeException portable = PortableStepFailure.of("identity-events", failure);

        assertNull(portable.getCause());
        assertEquals("identity-events failed: java.lang.IllegalStateException: Keycloak did not answer; caused by "
                + LibraryException.class.getName() + ": Connect to 127.0.0.1:8180 failed: Connection refused",
                portable.getMessage());
    }

    @Test
    void isReadBackByALoaderThatSeesOnlyThePlatformsClasses() throws Exception {
        RuntimeException failure = new IllegalStateException("wrapped", new LibraryException("refused"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(PortableStepFailure.of("identity-events", failure));
        }

        try (ObjectInputStream in = new PlatformClassesOnly(bytes.toByteArray())) {
            assertEquals(BatchRuntimeException.class, in.readObject().getClass());
        }
    }

    private static final class PlatformClassesOnly extends ObjectInputStream {
        PlatformClassesOnly(byte[] bytes) throws IOException {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            String name = description.getName();
            if (!name.startsWith("java.") && !name.startsWith("jakarta.") && !name.startsWith("[")) {
                throw new InvalidClassException(name, "not visible to the batch runtime");
            }
            return super.resolveClass(description);
        }
    }
}
