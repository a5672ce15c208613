package geventator.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Directories (0700) and files (0600) that only the account running GEventator can read: the embedded
 * database holds everyone's accounts and money. Where the file system has no POSIX permissions (Windows),
 * files inherit the directory's access control list.
 */
final class OwnerOnly {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /** Creates {@code dir} and its missing parents owner-only; an existing directory is left as it is. */
    static void createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            if (isPosix(parent)) {
                Files.createDirectory(absolute, attribute(DIRECTORY));
                Files.setPosixFilePermissions(absolute, DIRECTORY); // the umask may have taken some away
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException raced) {
            // another process created it meanwhile
        }
    }

    /** Creates an empty owner-only file unless it exists; an existing one is made owner-only. */
    static void createFile(Path file) {
        try {
            if (!isPosix(file.toAbsolutePath().getParent())) {
                return;
            }
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(file, FILE);
            } else {
                Files.createFile(file, attribute(FILE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPosix(Path existing) {
        return existing != null
                && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
