package org.annualstats.console;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.annualstats.store.SqlFiles;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The console's users, in the store: passwords kept as BCrypt hashes behind their algorithm's
 * prefix, so a stronger algorithm can follow; every change written to the audit log.
 */
@Service
public class ConsoleUsers implements UserDetailsService {

	/** Letters of any script, digits, dot, underscore and hyphen: a name that shows as it is in the audit log. */
	private static final String NAME = "[\\p{L}\\p{N}._-]{1,100}";

	private static final int MIN_PASSWORD_LENGTH = 8;

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	private final SqlFiles sql = new SqlFiles(ConsoleUsers.class);

	private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	ConsoleUsers(NamedParameterJdbcTemplate jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A user as listed: never the password or its hash. */
	public record ConsoleUser(String name, ConsoleRole role, LocalDateTime createdAt) {
	}

	/**
	 * @param by who adds the user, for the audit log
	 * @param from where from: a host address, or {@code command line}
	 * @throws IllegalArgumentException for a name or password that cannot be used, or a name taken
	 */
	public void add(String name, ConsoleRole role, String password, String by, String from) {
		if (name == null || !name.matches(NAME)) {
			throw new IllegalArgumentException("user name '" + name + "' is not usable: 1 to 100 letters, digits, "
					+ "'.', '_' or '-'");
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("the password of " + name + " is too short: at least "
					+ MIN_PASSWORD_LENGTH + " characters");
		}
		try {
			this.jdbc.update(this.sql.get("insert-user.sql"), Map.of("username", name, "password_hash",
					this.passwords.encode(password), "role", role.name(), "created_at",
					Timestamp.valueOf(LocalDateTime.now().withNano(0))));
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalArgumentException("user " + name + " exists already; remove it first to change it");
		}
		this.audit.record(by, from, AuditLog.Action.USER_ADDED, name + " (" + role + ")");
	}

	/** @return whether there was such a user */
	public boolean remove(String name, String by, String from) {
		boolean removed = this.jdbc.update(this.sql.get("delete-user.sql"), Map.of("username", name)) > 0;
		if (removed) {
			this.audit.record(by, from, AuditLog.Action.USER_REMOVED, name);
		}
		return removed;
	}

	public List<ConsoleUser> list() {
		return this.jdbc.query(this.sql.get("select-users.sql"), Map.of(),
				(rs, i) -> new ConsoleUser(rs.getString("username"), ConsoleRole.valueOf(rs.getString("role")),
						rs.getObject("created_at", LocalDateTime.class)));
	}

	@Override
	public UserDetails loadUserByUsername(String name) {
		List<UserDetails> found = this.jdbc.query(this.sql.get("select-user.sql"), Map.of("username", name),
				(rs, i) -> User.withUsername(rs.getString("username"))
					.password(rs.getString("password_hash"))
					.authorities(AuthorityUtils.createAuthorityList(
							ConsoleRole.valueOf(rs.getString("role")).authorities()))
					.build());
		if (found.isEmpty()) {
			throw new UsernameNotFoundException("no console user " + name);
		}
		return found.get(0);
	}

	/** The encoder the passwords were hashed with, for signing in. */
	PasswordEncoder passwordEncoder() {
		return this.passwords;
	}

}
