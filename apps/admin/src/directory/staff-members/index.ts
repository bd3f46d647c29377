// No list: the read-only staff directory only names the people that records point to
// (manager, owner, referent), for every role; account management stays in `users` (admin only).
export default {
  recordRepresentation: 'fullName',
};
