package zhicheng.notification;

/**
 * Where notifications leave the system: an SMS platform (12333) or a mail server. An implementation throws when
 * the message was not accepted; the outbox then keeps it and tries again, so a failing gateway loses nothing.
 */
public interface NotificationGateway {

  void send(Notification notification);
}
