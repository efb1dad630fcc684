<?php
// Installs WordPress into the test site's empty database, with a user of
// each role whose HTML WordPress filters.
define('WP_INSTALLING', true);
// The test site sends no mail (wp_install tells the admin by mail): a pluggable function, defined first.
function wp_mail() {
	return true;
}
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

wp_install('A clinic', 'admin', 'admin@clinic.example', false, '', 'admin-password');
foreach (array('editor', 'author', 'contributor') as $role) {
	wp_insert_user(array('user_login' => $role, 'user_pass' => "$role-password", 'user_email' => "$role@clinic.example", 'role' => $role));
}
// Avatars come from gravatar.com, which a machine without network cannot reach.
update_option('show_avatars', 0);
echo json_encode(array('installed' => true));
