# Evaluates the Vagrantfile's AWS branch where vagrant-aws cannot be installed (CI reaches no rubygems.org):
# Vagrant is replaced by a stand-in that records every setting, the plugin is reported present, and the
# recorded AWS settings of each machine are checked against the environment set below.
#
#   ruby src/deploy/vagrantfile-aws-check.rb

# Records assignments (`aws.region = ...`) and nested blocks (`config.vm.define "user" do |machine|`).
class Recorder
  def initialize
    @values = {}
  end

  def [](key)
    @values.fetch(key) { raise KeyError, "not set: #{key} (set: #{@values.keys.join(', ')})" }
  end

  def method_missing(name, *args, **options, &block)
    key = name.to_s
    return @values[key.chomp("=")] = args.first if key.end_with?("=")

    if block
      children = Array.new([block.arity, 1].max) { Recorder.new }
      @values["#{key} #{args.first}"] = children
      block.call(*children)
      return children.first
    end
    return @values[key] ||= Recorder.new if args.empty?

    @values[key] = options.empty? ? args : args + [options]
  end

  def respond_to_missing?(*)
    true
  end
end

module Vagrant
  def self.has_plugin?(name)
    name == "vagrant-aws"
  end

  def self.configure(_version)
    yield $config = Recorder.new
  end
end

ENV.update(
  "AWS_REGION" => "eu-west-1", "AWS_PROFILE" => "ci", "AWS_KEYPAIR_NAME" => "geventator",
  "AWS_PRIVATE_KEY_PATH" => "/tmp/geventator.pem", "AWS_SUBNET_ID" => "subnet-0123", "AWS_SECURITY_GROUP" => "sg-0123",
  "AWS_AMI" => "ami-0123456789abcdef0"
)
ENV.delete("AWS_INSTANCE_TYPE")
load File.expand_path("../../Vagrantfile", __dir__)

failures = []
expect = lambda do |what, actual, expected|
  failures << "#{what}: expected #{expected.inspect}, got #{actual.inspect}" unless actual == expected
end

%w[user event transaction].each do |role|
  machine = $config.vm["define #{role}"].first
  aws, override = machine.vm["provider aws"]
  expect.call("#{role} tags", aws["tags"], { "Name" => "geventator-#{role}", "Role" => role, "Project" => "geventator" })
  expect.call("#{role} instance type", aws["instance_type"], "t3.micro")
  expect.call("#{role} ami", aws["ami"], "ami-0123456789abcdef0")
  expect.call("#{role} region", aws["region"], "eu-west-1")
  expect.call("#{role} profile", aws["aws_profile"], "ci")
  expect.call("#{role} key pair", aws["keypair_name"], "geventator")
  expect.call("#{role} subnet", aws["subnet_id"], "subnet-0123")
  expect.call("#{role} security groups", aws["security_groups"], ["sg-0123"])
  expect.call("#{role} box", override.vm["box"], "dummy")
  expect.call("#{role} ssh key", override.ssh["private_key_path"], "/tmp/geventator.pem")
end

ansible = $config.vm["define transaction"].first.vm["provision ansible"].first
expect.call("ansible playbook", ansible["playbook"], "ansible/site.yml")
expect.call("ansible limit", ansible["limit"], "all")
expect.call("ansible host_vars", ansible["host_vars"],
            %w[user event transaction].to_h { |role| [role, { "geventator_role" => role }] })
expect.call("ansible host key checking", ansible["host_key_checking"], true)
expect.call("ansible accept-new", ansible["raw_ssh_args"], ["-o StrictHostKeyChecking=accept-new"])
%w[user event transaction].each do |role|
  _libvirt, libvirt_override = $config.vm["define #{role}"].first.vm["provider libvirt"]
  expect.call("#{role} libvirt synced folder", libvirt_override.vm["synced_folder"], [".", "/vagrant", { disabled: true }])
end
%w[user event].each do |role|
  provisioned = $config.vm["define #{role}"].first.vm.instance_variable_get(:@values).key?("provision ansible")
  expect.call("#{role} runs no playbook of its own", provisioned, false)
end

if failures.empty?
  puts "Vagrantfile AWS branch: three machines tagged by role, settings from the environment; " \
       "libvirt without the NFS synced folder; Ansible accepts new host keys"
else
  puts failures
  exit 1
end
